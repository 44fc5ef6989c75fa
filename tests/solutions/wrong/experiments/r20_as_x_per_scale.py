"""experiments.activation_scale: draws a fresh input x for every scale, not once before the scales"""
import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    result = {}
    for scale in scales:
        h = rng.standard_normal((batch, width))
        stds = np.zeros(n_layers)
        for k in range(n_layers):
            f = h @ (scale * np.sqrt(2.0 / width) * rng.standard_normal((width, width)))
            h = f * (f > 0)
            stds[k] = h.std()
        result[scale] = stds
    return result
