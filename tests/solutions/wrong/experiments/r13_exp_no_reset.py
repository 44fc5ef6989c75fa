"""experiments.activation_scale: never resets a to x between scales, so each scale continues from the previous scale's last layer"""
import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    a = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        stds = []
        for _ in range(n_layers):
            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))
            a = np.maximum(0, a @ W)
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
