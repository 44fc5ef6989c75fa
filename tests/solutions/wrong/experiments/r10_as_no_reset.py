"""experiments.activation_scale: a is not reset to x for the next scale: each scale continues the previous stack"""

import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    a = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        stds = np.empty(n_layers)
        for l in range(n_layers):
            a = np.maximum(0, a @ (scale * np.sqrt(2 / width) * rng.standard_normal((width, width))))
            stds[l] = a.std()
        out[scale] = stds
    return out
