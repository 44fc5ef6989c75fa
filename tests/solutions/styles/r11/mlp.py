"""A correct student solution of exercises/mlp.py: a small layer class behind the function, layers found by number."""

import numpy as np


def _sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


_G = {
    "identity": lambda z: z.copy(),
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "relu": lambda z: np.maximum(z, 0.0),
}


class _Layer:
    def __init__(self, W, b, name):
        if name not in _G:
            raise ValueError(f"unknown activation {name!r}")
        self.W, self.b, self.name = W, b, name

    def __call__(self, A):
        Z = np.dot(A, np.asarray(self.W, dtype=np.float64))
        Z += self.b
        cache = {"A_prev": A, "W": self.W, "b": self.b, "Z": Z, "activation": self.name}
        return _G[self.name](Z), cache


def mlp_forward(X, params, activations):
    layers = [_Layer(params[f"W{l}"], params[f"b{l}"], g) for l, g in enumerate(activations, start=1)]
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for layer in layers:
        A, cache = layer(A)
        caches.append(cache)
    return A, caches
