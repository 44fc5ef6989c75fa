"""experiments.derivative_product: RIGHT: lru_cache on a pure helper taking (tuple of floats, name)"""
import functools
import math


@functools.lru_cache(maxsize=256)
def _r14c_dp_cached(zs, activation):
    prod = 1.0
    for z in zs:
        if activation == "sigmoid":
            s = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
            d = s * (1.0 - s)
        elif activation == "tanh":
            d = 0.0 if abs(z) > 40 else 1.0 - math.tanh(z) ** 2
        elif activation == "relu":
            d = 1.0 if z > 0 else 0.0
        elif activation == "leaky_relu":
            d = 1.0 if z > 0 else 0.01
        elif activation == "identity":
            d = 1.0
        else:
            raise ValueError(f"unknown activation {activation!r}")
        prod *= d
    return prod


def derivative_product(z_per_layer, activation="sigmoid"):
    return _r14c_dp_cached(tuple(float(z) for z in z_per_layer), activation)
