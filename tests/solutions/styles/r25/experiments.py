"""Depth experiments in a 1990s practitioner's words (Zurada, Reed & Marks): each activation's derivative written
from its output o = f(net), as the delta rule tables give it, f'(net) = o (1 - o) for the unipolar sigmoid
and (1 - o^2) for the bipolar one (tanh, steepness 1)."""

import numpy as np

LEAKY_SLOPE = 0.01


def _unipolar(net):
    """1 / (1 + exp(-net)) through the bipolar sigmoid tanh(net / 2): saturates without overflow."""
    return 0.5 * (1.0 + np.tanh(0.5 * net))


def _derivatives(net, activation):
    """f'(net) of each layer's net input."""
    if activation == "sigmoid":
        o = _unipolar(net)
        return o * (1.0 - o)
    if activation == "tanh":
        o = np.tanh(net)
        return 1.0 - o * o
    if activation == "relu":
        return np.where(net > 0.0, 1.0, 0.0)
    if activation == "leaky_relu":
        return np.where(net > 0.0, 1.0, LEAKY_SLOPE)
    if activation == "identity":
        return np.ones_like(net)
    raise ValueError(f"unknown activation {activation!r}")


def derivative_product(z_per_layer, activation="sigmoid"):
    net = np.asarray(z_per_layer, dtype=float).ravel()
    return float(np.prod(_derivatives(net, activation)))


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    spread = {}
    for scale in scales:
        o = x
        per_layer = np.empty(n_layers)
        for layer in range(n_layers):
            W = rng.normal(0.0, scale * np.sqrt(2.0 / width), size=(width, width))
            o = np.maximum(o @ W, 0.0)
            per_layer[layer] = o.std()
        spread[scale] = per_layer
    return spread
