"""mlp.mlp_forward: caches each layer's output A_l under "A_prev" instead of its input A_{l-1}"""
import numpy as np


def _g(name, Z):
    if name == "sigmoid":
        return np.exp(-np.logaddexp(0.0, -Z))
    if name == "tanh":
        return np.tanh(Z)
    if name == "relu":
        return np.maximum(Z, 0.0)
    return Z.copy()


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        A = _g(name, Z)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
    return A, caches
