"""A correct solution of exercises/experiments.py, style r8: math-module scalar derivatives in a dict, functools.reduce."""
import math
from functools import reduce

import numpy as np


def _sigmoid_prime(z):
    e = math.exp(-abs(z))          # never a large exponent
    return e / (1.0 + e) ** 2


_DERIVATIVES = {
    "sigmoid": _sigmoid_prime,
    "tanh": lambda z: 1.0 - math.tanh(z) ** 2,
    "relu": lambda z: 1.0 if z > 0 else 0.0,
    "leaky_relu": lambda z: 1.0 if z > 0 else 0.01,
    "identity": lambda z: 1.0,
}


def derivative_product(z_per_layer, activation="sigmoid"):
    d = _DERIVATIVES[activation]
    return float(reduce(lambda acc, z: acc * d(float(z)), z_per_layer, 1.0))


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        std = scale * math.sqrt(2 / width)
        a, stds = x, np.empty(n_layers)
        for layer in range(n_layers):
            a = np.maximum(a @ (std * rng.standard_normal((width, width))), 0.0)
            stds[layer] = a.std()
        result[scale] = stds
    return result
