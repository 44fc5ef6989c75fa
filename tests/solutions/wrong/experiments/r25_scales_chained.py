"""experiments.activation_scale: each scale starts from the previous scale's last activations instead of from the same x"""
import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    o = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        stds = np.empty(n_layers)
        for layer in range(n_layers):
            o = np.maximum(o @ rng.normal(0.0, scale * np.sqrt(2.0 / width), (width, width)), 0.0)
            stds[layer] = o.std()
        result[scale] = stds
    return result
