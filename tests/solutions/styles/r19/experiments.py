"""A correct solution of exercises/experiments.py in Haykin's terms: the local gradient of
a deep chain carries one factor phi'(v_j) per layer, so the product of the derivatives at
the induced local fields v_j is what reaches the first layer."""

import numpy as np


def _phi_prime(v, activation):
    """phi'(v) for one induced local field, finite for any v (only exp of -|v| is taken)."""
    if activation == "sigmoid":
        ev = np.exp(-abs(v))
        return ev / (1.0 + ev) ** 2  # phi(1 - phi), the same for v and -v
    if activation == "tanh":
        return 1.0 - np.tanh(v) ** 2
    if activation == "relu":
        return 1.0 if v > 0 else 0.0
    if activation == "leaky_relu":
        return 1.0 if v > 0 else 0.01
    return 1.0  # identity


def derivative_product(z_per_layer, activation="sigmoid"):
    product = 1.0
    for v in z_per_layer:
        product *= float(_phi_prime(float(v), activation))
    return float(product)


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    spreads = {}
    for scale in scales:
        std = scale * np.sqrt(2.0 / width)
        y = x
        per_layer = np.zeros(n_layers)
        for layer in range(n_layers):
            W = std * rng.standard_normal((width, width))
            v = y @ W  # induced local fields, no thresholds
            y = np.maximum(v, 0.0)
            per_layer[layer] = y.std()
        spreads[scale] = per_layer
    return spreads
