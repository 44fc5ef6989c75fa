"""mlp.mlp_forward: relu applied in place on Z (np.maximum(Z, 0, out=Z)), so the cached Z loses its negative values"""
import numpy as np


def _g(name, Z):
    if name == "sigmoid":
        return np.exp(-np.logaddexp(0.0, -Z))
    if name == "tanh":
        return np.tanh(Z)
    if name == "relu":
        return np.maximum(Z, 0.0, out=Z)
    return Z.copy()


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _g(name, Z)
    return A, caches
