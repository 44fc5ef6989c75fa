"""experiments with per-activation derivative callables in a dict and a math.fsum-free running product."""

import math

import numpy as np


def _sigmoid_prime(z):
    # e = exp(-|z|) never overflows; s(1-s) = e / (1 + e)^2 for either sign of z
    e = math.exp(-abs(z))
    return e / ((1.0 + e) * (1.0 + e))


def _tanh_prime(z):
    t = math.tanh(z)
    return 1.0 - t * t


_DERIVATIVES = {
    "sigmoid": _sigmoid_prime,
    "tanh": _tanh_prime,
    "relu": lambda z: 1.0 if z > 0 else 0.0,
    "leaky_relu": lambda z: 1.0 if z > 0 else 0.01,
    "identity": lambda z: 1.0,
}


def derivative_product(z_per_layer, activation="sigmoid"):
    g = _DERIVATIVES[activation]
    product = 1.0
    for z in np.asarray(z_per_layer, dtype=np.float64).ravel():
        product *= g(float(z))
    return float(product)


def _normal(n_in, n_out, rng, std):
    return rng.normal(0.0, std, size=(n_in, n_out))


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        a = x
        stds = np.empty(n_layers)
        layer = 0
        while layer < n_layers:
            W = _normal(width, width, rng, scale * math.sqrt(2.0 / width))
            a = np.maximum(a @ W, 0.0)
            stds[layer] = a.std()
            layer += 1
        result[scale] = stds
    return result
