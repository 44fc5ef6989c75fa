"""experiments.activation_scale: the list starts with the input's std and so stops one layer short"""

import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a, stds = x, [x.std()]
        for _ in range(n_layers - 1):
            a = np.maximum(0, a @ (scale * np.sqrt(2 / width) * rng.standard_normal((width, width))))
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
