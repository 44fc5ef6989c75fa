"""experiments.activation_scale: passes the variance scale * 2 / width to rng.normal as its standard deviation (no square root)."""

import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        a = x
        stds = []
        for _ in range(n_layers):
            W = rng.normal(0.0, scale * 2.0 / width, size=(width, width))
            a = np.maximum(a @ W, 0.0)
            stds.append(float(a.std()))
        result[scale] = np.array(stds)
    return result
