"""experiments.derivative_product: applies the output-form slopes o (1 - o) and 1 - o^2 to the pre-activations z themselves, as if z were the outputs o"""
import numpy as np


def derivative_product(z_per_layer, activation="sigmoid"):
    o = np.asarray(z_per_layer, dtype=float)
    if activation == "sigmoid":
        return float(np.prod(o * (1.0 - o)))
    if activation == "tanh":
        return float(np.prod(1.0 - o * o))
    if activation == "relu":
        return float(np.prod(np.where(o > 0, 1.0, 0.0)))
    if activation == "leaky_relu":
        return float(np.prod(np.where(o > 0, 1.0, 0.01)))
    return 1.0
