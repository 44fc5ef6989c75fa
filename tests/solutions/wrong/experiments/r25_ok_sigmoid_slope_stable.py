"""experiments.derivative_product: right: sigmoid'(z) = e^-|z| / (1 + e^-|z|)^2 (even in z, exponent never positive), tanh'(z) = 1 / cosh(z)^2 computed as 4 e^-2|z| / (1 + e^-2|z|)^2"""
import numpy as np


def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.abs(np.asarray(z_per_layer, dtype=float)) if activation in ("sigmoid", "tanh") else np.asarray(
        z_per_layer, dtype=float)
    if activation == "sigmoid":
        e = np.exp(-z)
        return float(np.prod(e / (1.0 + e) ** 2))
    if activation == "tanh":
        e = np.exp(-2.0 * z)
        return float(np.prod(4.0 * e / (1.0 + e) ** 2))
    if activation == "relu":
        return float(np.prod(z > 0))
    if activation == "leaky_relu":
        return float(np.prod(np.where(z > 0, 1.0, 0.01)))
    return 1.0
