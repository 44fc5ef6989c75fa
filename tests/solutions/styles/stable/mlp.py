"""MLP forward; sigmoid via 0.5 (1 + tanh(z/2)) (stable style)."""

import numpy as np


def _act(name, Z):
    if name == "sigmoid":
        return 0.5 * (1.0 + np.tanh(0.5 * Z))
    if name == "tanh":
        return np.tanh(Z)
    if name == "relu":
        return np.maximum(Z, 0.0)
    if name == "leaky_relu":
        return np.maximum(Z, 0.01 * Z)
    return Z


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, 1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append(dict(A_prev=A, W=W, b=b, Z=Z, activation=name))
        A = _act(name, Z)
    return A, caches
