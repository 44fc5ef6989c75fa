"""mlp.mlp_forward: casts input and weights to float32 (PyTorch's default), so float64 input gives float32 results off by ~1e-7"""
import numpy as np


def _r15f32_g(name, Z):
    if name == "relu":
        return np.maximum(Z, np.float32(0))
    if name == "sigmoid":
        return np.exp(-np.logaddexp(np.float32(0), -Z))
    if name == "tanh":
        return np.tanh(Z)
    return Z


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float32)
    caches = []
    for l, name in enumerate(activations, start=1):
        W = params["W%d" % l].astype(np.float32)
        b = params["b%d" % l].astype(np.float32)
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _r15f32_g(name, Z)
    return A, caches
