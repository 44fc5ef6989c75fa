"""experiments.activation_scale: records the std of a @ W before the ReLU"""

import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a, stds = x, []
        for _ in range(n_layers):
            z = a @ (scale * np.sqrt(2 / width) * rng.standard_normal((width, width)))
            stds.append(z.std())
            a = np.maximum(0, z)
        out[scale] = np.array(stds)
    return out
