"""A correct student solution of exercises/experiments.py."""

import numpy as np


def _derivative(z, activation):
    if activation == "sigmoid":
        e = np.exp(-np.abs(z))  # never overflows: 1/(1+e) for z >= 0, e/(1+e) below
        s = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
        return s * (1 - s)
    if activation == "tanh":
        return 1 - np.tanh(z) ** 2
    if activation == "relu":
        return (z > 0).astype(float)
    if activation == "leaky_relu":
        return np.where(z > 0, 1.0, 0.01)
    return np.ones_like(z)


def derivative_product(z_per_layer, activation="sigmoid"):
    return float(np.prod(_derivative(np.asarray(z_per_layer, dtype=float), activation)))


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    stds = {}
    for scale in scales:
        a, per_layer = x, []
        for _ in range(n_layers):
            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))
            a = np.maximum(0, a @ W)
            per_layer.append(a.std())
        stds[scale] = np.array(per_layer)
    return stds
