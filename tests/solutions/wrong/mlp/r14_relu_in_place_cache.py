"""mlp.mlp_forward: applies relu in place on Z (np.maximum(Z, 0, out=Z)), so the cached Z of a relu layer holds A"""
import numpy as np


def _r14ripc_g(name, Z):
    if name == "relu":
        return np.maximum(Z, 0.0, out=Z)
    if name == "sigmoid":
        e = np.exp(-np.abs(Z))
        return np.where(Z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    if name == "tanh":
        return np.tanh(Z)
    return Z


def mlp_forward(X, params, activations):
    A, caches = X, []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _r14ripc_g(name, Z)
    return A, caches
