"""Vanishing gradients and activation statistics, as in makemore part 3 (Karpathy).

There he plots the saturation of tanh layers and the std of each layer's
activations for different gains on the kaiming init (torch.nn.init.kaiming_normal_);
here the same experiment with ReLU layers and the gain given as `scale`.
"""

import numpy as np


def _dact(z, activation):
    z = float(z)
    if activation == "sigmoid":
        s = 0.5 * (1.0 + np.tanh(0.5 * z))  # sigmoid without exp: no overflow
        return s * (1.0 - s)
    if activation == "tanh":
        return 1.0 - np.tanh(z) ** 2
    if activation == "relu":
        return 1.0 if z > 0 else 0.0
    if activation == "leaky_relu":
        return 1.0 if z > 0 else 0.01
    if activation == "identity":
        return 1.0
    raise ValueError(f"unknown activation {activation!r}")


def derivative_product(z_per_layer, activation="sigmoid"):
    """prod_l g'(z_l) for one pre-activation value z_l per layer, g = `activation`; a float."""
    out = 1.0
    for z in z_per_layer:
        out *= _dact(z, activation)
    return float(out)


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    """Std of the activations after each of n_layers ReLU layers, for several init scales."""
    x = rng.standard_normal((batch, width))
    stats = {}
    for gain in scales:
        h = x
        stds = np.zeros(n_layers)
        for i in range(n_layers):
            W = rng.standard_normal((width, width)) * (gain * (2.0 / width) ** 0.5)
            h = np.maximum(h @ W, 0.0)
            stds[i] = h.std()
        stats[gain] = stds
    return stats
