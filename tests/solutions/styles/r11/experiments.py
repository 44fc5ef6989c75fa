"""Style r11: experiments with math-module scalars and a dispatch table; einsum for the layers."""

import math

import numpy as np


def _sigmoid_slope(z):
    # e = exp(-|z|) never overflows; s(1 - s) = e / (1 + e)^2 on both sides of 0
    e = math.exp(-abs(z))
    return e / ((1.0 + e) * (1.0 + e))


def _tanh_slope(z):
    t = math.tanh(z)
    return (1.0 - t) * (1.0 + t)


_SLOPES = {
    "sigmoid": _sigmoid_slope,
    "tanh": _tanh_slope,
    "relu": lambda z: 1.0 if z > 0 else 0.0,
    "leaky_relu": lambda z: 1.0 if z > 0 else 0.01,
    "identity": lambda z: 1.0,
}


def derivative_product(z_per_layer, activation="sigmoid"):
    slope = _SLOPES[activation]
    total = 1.0
    for z in np.asarray(z_per_layer, dtype=float).ravel().tolist():
        total *= slope(z)
        if total == 0.0:
            break
    return float(total)


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    out = {}
    for scale in scales:
        std = scale * math.sqrt(2.0 / width)
        a = x
        trace = np.empty(n_layers)
        for layer in range(n_layers):
            w = rng.normal(0.0, std, size=(width, width))
            a = np.einsum("bi,ij->bj", a, w)
            np.maximum(a, 0.0, out=a)
            centred = a - a.mean()
            trace[layer] = math.sqrt(float(np.einsum("ij,ij->", centred, centred)) / a.size)
        out[scale] = trace
    return out
