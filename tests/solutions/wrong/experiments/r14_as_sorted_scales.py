"""experiments.activation_scale: loops over sorted(scales), so the weights are drawn in the wrong order when scales are not ascending"""

import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in sorted(scales):
        a = x
        stds = []
        for _ in range(n_layers):
            W = scale * np.sqrt(2.0 / width) * rng.standard_normal((width, width))
            a = np.maximum(a @ W, 0.0)
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
