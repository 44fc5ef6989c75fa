"""experiments.activation_scale: records the std of each layer's net input a @ W instead of its ReLU output"""
import numpy as np


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        o = x
        stds = np.empty(n_layers)
        for layer in range(n_layers):
            net = o @ rng.normal(0.0, scale * np.sqrt(2.0 / width), (width, width))
            stds[layer] = net.std()
            o = np.maximum(net, 0.0)
        result[scale] = stds
    return result
