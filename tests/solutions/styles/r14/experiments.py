"""experiments with math scalars (sigmoid' through tanh of z/2) and rng.normal(loc, scale) draws."""

import math

import numpy as np


def _sigmoid_prime(z):
    # sigma'(z) = (1 - tanh(z/2)^2) / 4: bounded, no exp of a large number
    t = math.tanh(z / 2.0)
    return 0.25 * (1.0 - t) * (1.0 + t)


_DERIVATIVES = {
    "sigmoid": _sigmoid_prime,
    "tanh": lambda z: (1.0 - math.tanh(z)) * (1.0 + math.tanh(z)),
    "relu": lambda z: 1.0 if z > 0 else 0.0,
    "leaky_relu": lambda z: 1.0 if z > 0 else 0.01,
    "identity": lambda z: 1.0,
}


def derivative_product(z_per_layer, activation="sigmoid"):
    prime = _DERIVATIVES[activation]
    product = 1.0
    for z in z_per_layer:
        product *= prime(float(z))
    return product


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        a = x
        stds = np.empty(n_layers)
        for layer in range(n_layers):
            W = rng.normal(0.0, scale * math.sqrt(2.0 / width), size=(width, width))
            a = np.maximum(a @ W, 0.0)
            stds[layer] = a.std()
        result[scale] = stds
    return result
