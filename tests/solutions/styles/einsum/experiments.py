"""Vanishing gradients and activation scale, matrix products by einsum (einsum style)."""

import numpy as np


def _derivatives(z, activation):
    if activation == "sigmoid":
        s = 0.5 * (1.0 + np.tanh(0.5 * z))
        return s * (1.0 - s)
    if activation == "tanh":
        return 1.0 - np.tanh(z) ** 2
    if activation == "relu":
        return (z > 0).astype(np.float64)
    if activation == "leaky_relu":
        return np.where(z > 0, 1.0, 0.01)
    if activation == "identity":
        return np.ones_like(z)
    raise ValueError(f"unknown activation {activation!r}")


def derivative_product(z_per_layer, activation="sigmoid"):
    z = np.asarray(z_per_layer, dtype=np.float64).ravel()
    d = _derivatives(z, activation)
    return float(np.prod(d))


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a = x
        stds = np.empty(n_layers)
        for layer in range(n_layers):
            W = rng.normal(0.0, scale * np.sqrt(2.0 / width), size=(width, width))
            a = np.maximum(np.einsum("bi,io->bo", a, W), 0.0)
            stds[layer] = a.std()
        out[scale] = stds
    return out
