"""Derivative product accumulated in an np.float64 scalar (scalars style)."""

import numpy as np

ONE = np.float64(1)
SLOPE = np.float64(0.01)


def _g_prime(z, activation):
    z = np.float64(z)
    if activation == "sigmoid":
        s = ONE / (ONE + np.exp(-z)) if z >= 0 else np.exp(z) / (ONE + np.exp(z))
        return s * (ONE - s)
    if activation == "tanh":
        return ONE - np.tanh(z) * np.tanh(z)
    if activation == "relu":
        return ONE if z > 0 else np.float64(0)
    if activation == "leaky_relu":
        return ONE if z > 0 else SLOPE
    if activation == "identity":
        return ONE
    raise ValueError(f"unknown activation {activation!r}")


def derivative_product(z_per_layer, activation="sigmoid"):
    product = ONE
    for z in np.asarray(z_per_layer, dtype=np.float64).ravel():
        product = product * _g_prime(z, activation)
    return product


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        std = np.float64(scale) * np.sqrt(np.float64(2) / np.float64(width))
        a = x
        series = np.zeros(n_layers, dtype=np.float64)
        for l in range(n_layers):
            W = rng.normal(np.float64(0), std, (width, width))
            a = np.maximum(a @ W, np.float64(0))
            series[l] = a.std()
        result[scale] = series
    return result
