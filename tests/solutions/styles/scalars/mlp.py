"""MLP forward with np.dot and np.float64 constants (scalars style)."""

import numpy as np


def _sigmoid(z):
    e = np.exp(np.negative(np.abs(z)))
    return np.where(z >= 0, np.float64(1) / (np.float64(1) + e), e / (np.float64(1) + e))


def _g(name, Z):
    if name == "sigmoid":
        return _sigmoid(Z)
    if name == "tanh":
        return np.tanh(Z)
    if name == "relu":
        return np.maximum(Z, np.float64(0))
    if name == "leaky_relu":
        return np.where(Z > 0, Z, np.float64(0.01) * Z)
    return Z.copy()


def mlp_forward(X, params, activations):
    A = np.array(X, dtype=np.float64)
    caches = []
    for l in range(1, len(activations) + 1):
        W = np.array(params["W%d" % l], dtype=np.float64)
        b = np.array(params["b%d" % l], dtype=np.float64)
        Z = np.add(np.dot(A, W), b)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": str(activations[l - 1])})
        A = _g(activations[l - 1], Z)
    return A, caches
