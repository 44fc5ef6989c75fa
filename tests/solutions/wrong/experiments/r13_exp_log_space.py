"""experiments.derivative_product: sums log g'(z) and exponentiates to avoid underflow, but a zero factor (relu below 0) takes log(0)"""
import numpy as np


def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=float)
    if activation == "sigmoid":
        log_d = -np.abs(z) - 2 * np.log1p(np.exp(-np.abs(z)))
    elif activation == "tanh":
        log_d = np.log(4.0) - 2 * np.abs(z) - 2 * np.log1p(np.exp(-2 * np.abs(z)))
    elif activation == "relu":
        log_d = np.log(np.where(z > 0, 1.0, 0.0))
    elif activation == "leaky_relu":
        log_d = np.log(np.where(z > 0, 1.0, 0.01))
    elif activation == "identity":
        log_d = np.zeros_like(z)
    else:
        raise ValueError(activation)
    return float(np.exp(np.sum(log_d)))
