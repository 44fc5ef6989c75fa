"""experiments.derivative_product: tansig' written as 1 / cosh(n)^2, cosh overflows (RuntimeWarning) at n = +-1000"""
import numpy as np


def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=float)
    if activation == "tanh":
        return float(np.prod(1.0 / np.cosh(z) ** 2))
    if activation == "sigmoid":
        s = np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z)))
        return float(np.prod(s * (1 - s)))
    if activation == "relu":
        return float(np.prod(1.0 * (z > 0)))
    if activation == "leaky_relu":
        return float(np.prod(np.where(z > 0, 1.0, 0.01)))
    return 1.0
