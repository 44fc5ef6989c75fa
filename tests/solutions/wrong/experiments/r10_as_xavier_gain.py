"""experiments.activation_scale: std scale * sqrt(1 / width) (LeCun/Xavier-like) instead of scale * sqrt(2 / width)"""

import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a, stds = x, []
        for _ in range(n_layers):
            W = rng.standard_normal((width, width)) * scale / np.sqrt(width)
            a = np.maximum(a @ W, 0)
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
