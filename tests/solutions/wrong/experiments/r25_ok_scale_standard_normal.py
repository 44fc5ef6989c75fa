"""experiments.activation_scale: right: std * rng.standard_normal((width, width)) draws the same numbers as rng.normal(0, std, (width, width))"""
import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        a = x
        stds = []
        for _ in range(n_layers):
            a = np.maximum(a @ (scale * np.sqrt(2.0 / width) * rng.standard_normal((width, width))), 0.0)
            stds.append(a.std())
        result[scale] = np.array(stds)
    return result
