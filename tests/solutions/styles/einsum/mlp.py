"""MLP forward with einsum for the affine maps (einsum style)."""

import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


_G = {
    "identity": lambda z: z,
    "linear": lambda z: z,
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "relu": lambda z: np.einsum("...,...->...", z, (z > 0).astype(np.float64)),
    "leaky_relu": lambda z: np.where(z > 0, z, 0.01 * z),
}


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W = np.asarray(params[f"W{l}"], dtype=np.float64)
        b = np.asarray(params[f"b{l}"], dtype=np.float64)
        Z = np.einsum("ni,io->no", A, W) + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _G[name](Z)
    return A, caches
