"""experiments.activation_scale: records the sample std (ddof=1) of the activations instead of a.std()"""
import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a, stds = x, []
        for _ in range(n_layers):
            W = rng.normal(0.0, scale * np.sqrt(2 / width), size=(width, width))
            a = np.maximum(a @ W, 0)
            stds.append(a.std(ddof=1))
        out[scale] = np.array(stds)
    return out
