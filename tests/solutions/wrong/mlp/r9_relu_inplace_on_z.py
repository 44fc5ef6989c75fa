"""mlp.mlp_forward: relu done in place with np.maximum(Z, 0, out=Z), so the cached Z loses its negative entries."""

import numpy as np

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        if name == "relu":
            A = np.maximum(Z, 0.0, out=Z)
        elif name == "sigmoid":
            e = np.exp(-np.abs(Z))
            A = np.where(Z >= 0, 1 / (1 + e), e / (1 + e))
        elif name == "tanh":
            A = np.tanh(Z)
        else:
            A = Z
    return A, caches
