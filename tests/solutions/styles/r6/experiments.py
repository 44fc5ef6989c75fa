"""A correct solution of exercises/experiments.py, style r6: math for the scalar product, einsum for the layers."""
import math

import numpy as np


def _dsig(z):
    s = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
    return s * (1.0 - s)


_DERIV = {
    "sigmoid": _dsig,
    "tanh": lambda z: 1.0 - math.tanh(z) ** 2,
    "relu": lambda z: 1.0 if z > 0 else 0.0,
    "leaky_relu": lambda z: 1.0 if z > 0 else 0.01,
    "identity": lambda z: 1.0,
}


def derivative_product(z_per_layer, activation="sigmoid"):
    g = _DERIV[activation]
    return float(math.prod(g(float(z)) for z in z_per_layer))


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        a = x
        stds = np.empty(n_layers, dtype=np.float64)
        for layer in range(n_layers):
            W = (scale * math.sqrt(2.0 / width)) * rng.standard_normal((width, width))
            a = np.maximum(np.einsum("bi,io->bo", a, W), 0.0)
            stds[layer] = a.std()
        result[scale] = stds
    return result
