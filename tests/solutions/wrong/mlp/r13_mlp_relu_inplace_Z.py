"""mlp.mlp_forward: ReLU applied in place on Z (A = Z; A[A < 0] = 0), so the cached Z of a relu layer loses its negatives"""
import numpy as np


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=float)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        if name == "relu":
            A = Z
            A[A < 0] = 0
        elif name == "sigmoid":
            A = 0.5 * (1 + np.tanh(Z / 2))
        elif name == "tanh":
            A = np.tanh(Z)
        else:
            A = Z
    return A, caches
