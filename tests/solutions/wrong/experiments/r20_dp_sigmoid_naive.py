"""experiments.derivative_product: logsig' = a (1 - a) with a = 1 / (1 + exp(-n)), overflow RuntimeWarnings at n = -1000"""
import numpy as np


def _r20_other(z_per_layer, activation):
    z = np.asarray(z_per_layer, dtype=float)
    if activation == "tanh":
        return float(np.prod(1 - np.tanh(z) ** 2))
    if activation == "relu":
        return float(np.prod(1.0 * (z > 0)))
    if activation == "leaky_relu":
        return float(np.prod(np.where(z > 0, 1.0, 0.01)))
    return 1.0


def derivative_product(z_per_layer, activation="sigmoid"):
    if activation != "sigmoid":
        return _r20_other(z_per_layer, activation)
    a = 1.0 / (1.0 + np.exp(-np.asarray(z_per_layer, dtype=float)))
    return float(np.prod(a * (1 - a)))
