"""experiments.derivative_product: uses Zurada's bipolar-sigmoid slope (1 - o^2) / 2 for tanh, whose derivative is 1 - tanh^2 (no factor 1/2)"""
import numpy as np


def derivative_product(z_per_layer, activation="sigmoid"):
    net = np.asarray(z_per_layer, dtype=float)
    if activation == "tanh":
        o = np.tanh(net)
        return float(np.prod(0.5 * (1.0 - o * o)))
    if activation == "sigmoid":
        o = 0.5 * (1.0 + np.tanh(0.5 * net))
        return float(np.prod(o * (1.0 - o)))
    if activation == "relu":
        return float(np.prod(np.where(net > 0, 1.0, 0.0)))
    if activation == "leaky_relu":
        return float(np.prod(np.where(net > 0, 1.0, 0.01)))
    return 1.0
