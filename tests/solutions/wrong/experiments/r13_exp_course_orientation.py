"""experiments.activation_scale: follows the notes' a = relu(W @ a) on a column vector, so it multiplies by W transposed (other numbers than a @ W)"""
import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a = x.T
        stds = np.zeros(n_layers)
        for layer in range(n_layers):
            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))
            a = np.maximum(0, W @ a)
            stds[layer] = a.std()
        out[scale] = stds
    return out
