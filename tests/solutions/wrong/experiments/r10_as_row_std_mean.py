"""experiments.activation_scale: the mean of per-example stds (std over axis 1), equal to a.std() only when batch = 1"""

import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a, stds = x, []
        for _ in range(n_layers):
            a = np.maximum(0, a @ (scale * np.sqrt(2 / width) * rng.standard_normal((width, width))))
            stds.append(a.std(axis=1).mean())
        out[scale] = np.array(stds)
    return out
