"""experiments.activation_scale: one W per scale reused by every layer instead of a fresh draw per layer"""

import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))
        a, stds = x, []
        for _ in range(n_layers):
            a = np.maximum(0, a @ W)
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
