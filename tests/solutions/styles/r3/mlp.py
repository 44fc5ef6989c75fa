"""Correct solution of exercises/mlp.py, functional style: the layers are a fold (functools.reduce)."""

from functools import reduce

import numpy as np

ACTIVATIONS = {
    "identity": lambda z: z,
    "sigmoid": lambda z: np.exp(-np.logaddexp(0.0, -z)),
    "tanh": np.tanh,
    "relu": lambda z: np.where(z > 0, z, 0.0),
}


def mlp_forward(X, params, activations):
    def layer(state, numbered):
        A, caches = state
        l, name = numbered
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        return ACTIVATIONS[name](Z), caches + [{"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name}]

    return reduce(layer, enumerate(activations, start=1), (np.asarray(X, dtype=np.float64), []))
