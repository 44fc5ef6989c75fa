"""experiments.activation_scale: draws each W from a uniform range of the same std, uniform(-s sqrt(3), s sqrt(3)), instead of the normal distribution the docstring names"""
import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        o = x
        limit = np.sqrt(3.0) * scale * np.sqrt(2.0 / width)
        stds = np.empty(n_layers)
        for layer in range(n_layers):
            o = np.maximum(o @ rng.uniform(-limit, limit, (width, width)), 0.0)
            stds[layer] = o.std()
        result[scale] = stds
    return result
