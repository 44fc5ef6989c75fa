"""Vanishing gradients and deep ReLU activation scales, with math-module scalars.

Each derivative is written in a form that cannot overflow: sigmoid'(z) =
e^{-|z|} / (1 + e^{-|z|})^2 and tanh'(z) = 4 e^{-2|z|} / (1 + e^{-2|z|})^2.
The product stops as soon as a factor is 0.
"""

import math

import numpy as np


def _sigmoid_prime(z):
    e = math.exp(-abs(z))
    return e / (1.0 + e) ** 2


def _tanh_prime(z):
    e = math.exp(-2.0 * abs(z))
    return 4.0 * e / (1.0 + e) ** 2


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
    for z in z_per_layer:
        product *= g(float(z))
        if product == 0.0:
            break
    return product


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))

    def stds(scale):
        a, sigma = x, scale * math.sqrt(2.0 / width)
        for _ in range(n_layers):
            a = np.maximum(a @ rng.normal(0.0, sigma, size=(width, width)), 0.0)
            yield float(a.std())

    return {scale: np.fromiter(stds(scale), dtype=float, count=n_layers) for scale in scales}
