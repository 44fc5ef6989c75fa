"""experiments.activation_scale: keeps going from the previous scale's last activations instead of restarting every scale from x."""

import math

import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    a = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        stds = []
        for _ in range(n_layers):
            W = rng.normal(0.0, scale * math.sqrt(2.0 / width), size=(width, width))
            a = np.maximum(a @ W, 0.0)
            stds.append(float(a.std()))
        result[scale] = np.array(stds)
    return result
