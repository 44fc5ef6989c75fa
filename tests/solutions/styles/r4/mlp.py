"""Correct solution of exercises/mlp.py, r4 style: functools.reduce folds the layers, activations from a table of stable ufunc formulas."""

import functools

import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


ACTIVATIONS = {
    "identity": lambda z: z,
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "relu": lambda z: np.where(z > 0, z, 0.0),
}


def _layer(state, layer):
    A, caches = state
    l, name, params = layer
    W, b = params[f"W{l}"], params[f"b{l}"]
    Z = np.einsum("ni,io->no", A, W) + b
    cache = {"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name}
    return ACTIVATIONS[name](Z), caches + [cache]


def mlp_forward(X, params, activations):
    layers = ((l, name, params) for l, name in enumerate(activations, start=1))
    return functools.reduce(_layer, layers, (np.asarray(X, dtype=np.float64), []))
