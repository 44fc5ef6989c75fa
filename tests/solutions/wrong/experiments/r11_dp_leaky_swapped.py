"""experiments.derivative_product: leaky_relu slopes swapped (0.01 for z > 0, 1 below)"""
import numpy as np


def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=float)
    if activation == "sigmoid":
        e = np.exp(-np.abs(z))
        d = e / (1 + e) ** 2
    elif activation == "tanh":
        d = 1 - np.tanh(z) ** 2
    elif activation == "relu":
        d = (z > 0).astype(float)
    elif activation == "leaky_relu":
        d = np.where(z > 0, 0.01, 1.0)
    else:
        d = np.ones_like(z)
    return float(np.prod(d))
