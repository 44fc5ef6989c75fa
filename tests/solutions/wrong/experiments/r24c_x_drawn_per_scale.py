"""experiments.activation_scale: x = rng.standard_normal(...) moved inside the loop over scales: drawn again for every scale, not once."""

import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    result = {}
    for scale in scales:
        a = rng.standard_normal((batch, width))
        stds = np.empty(n_layers)
        for layer in range(n_layers):
            W = scale * np.sqrt(2.0 / width) * rng.standard_normal((width, width))
            a = np.maximum(a @ W, 0.0)
            stds[layer] = a.std()
        result[scale] = stds
    return result
