"""Experiments with math-module scalars, functools.reduce, and rng.normal draws."""

import functools
import math

import numpy as np


def _sigmoid_prime(z):
    # e^{-|z|} / (1 + e^{-|z|})^2 is symmetric in z and never overflows.
    e = math.exp(-abs(z))
    return e / ((1.0 + e) * (1.0 + e))


def _tanh_prime(z):
    t = math.tanh(z)
    return (1.0 - t) * (1.0 + t)


_PRIMES = {
    "sigmoid": _sigmoid_prime,
    "tanh": _tanh_prime,
    "relu": lambda z: 1.0 if z > 0 else 0.0,
    "leaky_relu": lambda z: 1.0 if z > 0 else 0.01,
    "identity": lambda z: 1.0,
}


def derivative_product(z_per_layer, activation="sigmoid"):
    try:
        prime = _PRIMES[activation]
    except KeyError:
        raise ValueError(f"unknown activation {activation!r}") from None
    return functools.reduce(lambda acc, z: acc * prime(float(z)), z_per_layer, 1.0)


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        std = scale * math.sqrt(2.0 / width)
        a = x
        stds = np.empty(n_layers)
        for layer in range(n_layers):
            W = rng.normal(0.0, std, size=(width, width))
            a = np.einsum("bi,ij->bj", a, W)
            np.maximum(a, 0.0, out=a)  # a is a fresh array here, so in place is safe
            stds[layer] = a.std()
        result[scale] = stds
    return result
