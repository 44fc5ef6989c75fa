"""Vanishing gradients with math-module scalars; the deep ReLU stack in column-vector
form (a^T W computed as W^T a, Nielsen style) on a copy of x per scale."""

import math

import numpy as np


def _sigmoid_prime(z):
    e = math.exp(-abs(z))          # never a large exponent
    return e / (1.0 + e) ** 2


def _tanh_prime(z):
    t = math.tanh(z)
    return (1.0 - t) * (1.0 + t)


_PRIME = {
    "sigmoid": _sigmoid_prime,
    "tanh": _tanh_prime,
    "relu": lambda z: 1.0 if z > 0 else 0.0,
    "leaky_relu": lambda z: 1.0 if z > 0 else 0.01,
    "identity": lambda z: 1.0,
}


def derivative_product(z_per_layer, activation="sigmoid"):
    g = _PRIME[activation]
    product = 1.0
    for z in z_per_layer:
        product *= g(float(z))
        if product == 0.0:
            break
    return float(product)


def _normal(n_in, n_out, rng, std):
    return std * rng.standard_normal((n_in, n_out))


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        col = x.T.copy()                          # (width, batch): one column per example
        stds = np.empty(n_layers, dtype=np.float64)
        for layer in range(n_layers):
            W = _normal(width, width, rng, scale * math.sqrt(2.0 / width))
            col = np.maximum(W.T @ col, 0.0)      # (a W)^T = W^T a^T
            stds[layer] = col.std()
        result[scale] = stds
    return result
