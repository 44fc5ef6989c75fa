"""experiments.activation_scale: Hagan's column vectors, a <- relu(W a) with a (width, batch), i.e. W transposed relative to the docstring's a @ W"""
import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    p = rng.standard_normal((batch, width)).T
    result = {}
    for scale in scales:
        a, stds = p, np.zeros(n_layers)
        for m in range(n_layers):
            W = scale * np.sqrt(2.0 / width) * rng.standard_normal((width, width))
            n = W @ a
            a = np.maximum(n, 0)
            stds[m] = a.std()
        result[scale] = stds
    return result
