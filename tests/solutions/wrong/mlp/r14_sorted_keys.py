"""mlp.mlp_forward: takes the layers from sorted(params) keys, so W10 comes before W2 in a network of ten or more layers"""
import numpy as np


def _r14sk_g(name, Z):
    if name == "relu":
        return np.maximum(Z, 0.0)
    if name == "sigmoid":
        e = np.exp(-np.abs(Z))
        return np.where(Z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    if name == "tanh":
        return np.tanh(Z)
    return Z


def mlp_forward(X, params, activations):
    A, caches = X, []
    Ws = sorted(k for k in params if k.startswith("W"))
    bs = sorted(k for k in params if k.startswith("b"))
    for wk, bk, name in zip(Ws, bs, activations):
        W, b = params[wk], params[bk]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _r14sk_g(name, Z)
    return A, caches
