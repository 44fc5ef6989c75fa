"""MLP forward pass with np.matrix: ``*`` for A W, np.multiply for anything elementwise."""

import numpy as np


def _sigmoid(Z):
    Z = np.asarray(Z)
    e = np.exp(-np.abs(Z))
    return np.where(Z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


_G = {
    "identity": lambda Z: np.array(Z, copy=True),
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "relu": lambda Z: np.multiply(Z, Z > 0),
}


def mlp_forward(X, params, activations):
    """X (N, n0) through L layers; returns (out (N, nL), caches: one dict per layer)."""
    A = np.asarray(X, dtype=np.result_type(np.asarray(X).dtype, np.float32))
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = (np.asmatrix(A) * np.asmatrix(W) + np.asmatrix(b)).A
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _G[name](Z)
    return A, caches
