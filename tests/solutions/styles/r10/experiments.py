"""experiments with Python floats and reduce; the ReLU stack as an accumulate over layers."""

import math
from functools import reduce
from itertools import accumulate, islice
from operator import mul

import numpy as np


def _sigmoid_slope(z):
    e = math.exp(-abs(z))  # e <= 1: e / (1 + e)^2 is sigma(z)(1 - sigma(z)) on both sides
    return e / (1 + e) ** 2


def _tanh_slope(z):
    e = math.exp(-2 * abs(z))  # sech^2 = 4 e / (1 + e)^2 with e = exp(-2|z|) <= 1
    return 4 * e / (1 + e) ** 2


_SLOPES = {
    "sigmoid": _sigmoid_slope,
    "tanh": _tanh_slope,
    "relu": lambda z: 1.0 if z > 0 else 0.0,
    "leaky_relu": lambda z: 1.0 if z > 0 else 0.01,
}


def derivative_product(z_per_layer, activation="sigmoid"):
    slope = _SLOPES.get(activation, lambda z: 1.0)
    zs = np.asarray(z_per_layer, dtype=float).reshape(-1).tolist()
    return float(reduce(mul, map(slope, zs), 1.0))


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    result = {}
    for scale in scales:
        std = scale * np.sqrt(2 / width)
        layer = lambda a, _: np.maximum(0, a @ (std * rng.standard_normal((width, width))))
        stack = islice(accumulate(range(n_layers), layer, initial=x), 1, None)
        result[scale] = np.fromiter((a.std() for a in stack), dtype=float, count=n_layers)
    return result
