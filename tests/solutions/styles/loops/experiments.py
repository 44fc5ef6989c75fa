"""Derivative products and activation scale with per-layer loops (loops style)."""

import math

import numpy as np


def _sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _grad(z, activation):
    if activation == "sigmoid":
        s = _sigmoid(z)
        return s * (1.0 - s)
    if activation == "tanh":
        t = math.tanh(z)
        return 1.0 - t * t
    if activation == "relu":
        return 1.0 if z > 0 else 0.0
    if activation == "leaky_relu":
        return 1.0 if z > 0 else 0.01
    if activation == "identity":
        return 1.0
    raise ValueError(f"unknown activation {activation!r}")


def derivative_product(z_per_layer, activation="sigmoid"):
    product = 1.0
    for z in z_per_layer:
        product *= _grad(float(z), activation)
    return product


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        std = scale * math.sqrt(2.0 / width)
        a = x.copy()
        per_layer = []
        for _ in range(n_layers):
            W = std * rng.standard_normal((width, width))
            a = np.maximum(a @ W, 0.0)
            per_layer.append(float(a.std()))
        result[scale] = np.array(per_layer)
    return result
