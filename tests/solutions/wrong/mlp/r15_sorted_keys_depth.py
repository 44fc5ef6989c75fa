"""mlp.mlp_forward: layers taken in sorted key order ("W1", "W10", "W2", ...): wrong for networks of 10 layers or more"""
import numpy as np


def _r15sk_g(name, Z):
    if name == "relu":
        return np.maximum(Z, 0.0)
    if name == "sigmoid":
        return np.exp(-np.logaddexp(0.0, -Z))
    if name == "tanh":
        return np.tanh(Z)
    return Z


def mlp_forward(X, params, activations):
    A = X
    caches = []
    for wkey, name in zip(sorted(k for k in params if k.startswith("W")), activations):
        W, b = params[wkey], params["b" + wkey[1:]]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _r15sk_g(name, Z)
    return A, caches
