"""experiments.activation_scale: a new input x drawn for every scale instead of once"""

import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    out = {}
    for scale in scales:
        a = rng.standard_normal((batch, width))
        stds = []
        for _ in range(n_layers):
            a = np.maximum(0, a @ (scale * np.sqrt(2 / width) * rng.standard_normal((width, width))))
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
