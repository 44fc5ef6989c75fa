"""Correct solution, style r5: the product by functools.reduce over math-module derivatives; the ReLU stack as a loop."""

import functools
import math
import operator

import numpy as np


def _sigmoid_prime(z):
    e = math.exp(-abs(z))
    return e / (1.0 + e) ** 2


_DERIVATIVE = {
    "sigmoid": _sigmoid_prime,
    "tanh": lambda z: 1.0 - math.tanh(z) ** 2,
    "relu": lambda z: 1.0 if z > 0 else 0.0,
    "leaky_relu": lambda z: 1.0 if z > 0 else 0.01,
    "identity": lambda z: 1.0,
}


def derivative_product(z_per_layer, activation="sigmoid"):
    g = _DERIVATIVE[activation]
    return functools.reduce(operator.mul, (g(float(z)) for z in z_per_layer), 1.0)


def _normal(n_in, n_out, rng, std):
    return std * rng.standard_normal((n_in, n_out))


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        a, stds = x, np.empty(n_layers)
        for layer in range(n_layers):
            a = np.maximum(a @ _normal(width, width, rng, scale * math.sqrt(2.0 / width)), 0.0)
            stds[layer] = a.std()
        result[scale] = stds
    return result
