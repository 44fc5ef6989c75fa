"""Derivative products summed in log space (stable style: no underflow in the middle of the product)."""

import numpy as np


def _log_derivative(z, activation):
    """log g'(z), -inf where g'(z) = 0."""
    if activation == "sigmoid":
        # log s(z)(1 - s(z)) = -softplus(-z) - softplus(z)
        return -np.logaddexp(0.0, -z) - np.logaddexp(0.0, z)
    if activation == "tanh":
        # 1 - tanh^2 = sech^2 = 4 / (e^z + e^-z)^2
        return 2.0 * np.log(2.0) - 2.0 * np.logaddexp(z, -z)
    if activation == "relu":
        return np.where(z > 0, 0.0, -np.inf)
    if activation == "leaky_relu":
        return np.where(z > 0, 0.0, np.log(0.01))
    if activation == "identity":
        return np.zeros_like(z)
    raise ValueError(f"unknown activation {activation!r}")


def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=np.float64).reshape(-1)
    return float(np.exp(np.sum(_log_derivative(z, activation))))


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    stds = {}
    for scale in scales:
        a = x
        record = np.zeros(n_layers)
        for l in range(n_layers):
            W = rng.normal(loc=0.0, scale=scale * np.sqrt(2.0 / width), size=(width, width))
            a = np.maximum(0.0, a @ W)
            record[l] = np.sqrt(np.mean((a - a.mean()) ** 2))
        stds[scale] = record
    return stds
