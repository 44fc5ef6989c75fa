"""MLP forward with an explicit loop over layers and if/elif activations (loops style)."""

import numpy as np


def _apply(name, Z):
    if name in ("identity", "linear"):
        return Z.copy()
    if name == "sigmoid":
        out = np.empty_like(Z)
        pos = Z >= 0
        out[pos] = 1.0 / (1.0 + np.exp(-Z[pos]))
        ez = np.exp(Z[~pos])
        out[~pos] = ez / (1.0 + ez)
        return out
    if name == "tanh":
        return np.tanh(Z)
    if name == "relu":
        return np.maximum(Z, 0.0)
    if name == "leaky_relu":
        return np.where(Z > 0, Z, 0.01 * Z)
    raise ValueError(f"unknown activation {name!r}")


def mlp_forward(X, params, activations):
    n_layers = len(activations)
    A = np.asarray(X, dtype=np.float64)
    caches = []
    l = 1
    while l <= n_layers:
        W = params["W" + str(l)]
        b = params["b" + str(l)]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": activations[l - 1]})
        A = _apply(activations[l - 1], Z)
        l += 1
    return A, caches
