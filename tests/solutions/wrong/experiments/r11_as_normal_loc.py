"""experiments.activation_scale: rng.normal(std, size=...) passes the std as the mean (loc)"""
import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a = x
        stds = []
        for _ in range(n_layers):
            W = rng.normal(scale * np.sqrt(2 / width), size=(width, width))
            a = np.maximum(a @ W, 0)
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
