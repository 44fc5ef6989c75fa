"""experiments.activation_scale: copied from the course notes' loop, a = relu(W @ a) on a column vector (Nielsen's W a), which uses W^T where the docstring says a @ W"""
import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        a = x.T
        stds = []
        for _ in range(n_layers):
            W = scale * np.sqrt(2.0 / width) * rng.standard_normal((width, width))
            a = np.maximum(0.0, W @ a)
            stds.append(a.std())
        out[scale] = np.array(stds)
    return out
