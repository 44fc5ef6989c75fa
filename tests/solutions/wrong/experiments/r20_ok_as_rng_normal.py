"""experiments.activation_scale: right, rng.normal(0, std, (width, width)) is std * rng.standard_normal of the same stream"""
import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        a, stds = x, []
        for _ in range(n_layers):
            a = np.maximum(a @ rng.normal(0.0, scale * np.sqrt(2.0 / width), (width, width)), 0.0)
            stds.append(a.std())
        result[scale] = np.array(stds)
    return result
