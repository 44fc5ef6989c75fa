"""mlp.mlp_forward: relu applied in place (A = Z; A[A < 0] = 0), so the cached Z of every relu layer loses its negative entries"""
import numpy as np


def mlp_forward(X, params, activations):
    A = X
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        if name == "relu":
            A = Z
            A[A < 0] = 0.0
        elif name == "sigmoid":
            A = np.exp(-np.logaddexp(0.0, -Z))
        elif name == "tanh":
            A = np.tanh(Z)
        else:
            A = Z
    return A, caches
