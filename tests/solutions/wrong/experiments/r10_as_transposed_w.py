"""experiments.activation_scale: W drawn as (width, width) but the layer applied as W @ a.T per column, the draws consumed in a different layout for batch > 1"""

import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((width, batch))
    out = {}
    for scale in scales:
        a, stds = x, []
        for _ in range(n_layers):
            a = np.maximum(0, (scale * np.sqrt(2 / width) * rng.standard_normal((width, width))) @ a)
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
