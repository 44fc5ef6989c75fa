"""mlp.mlp_forward: the last layer is always left linear, its activation name ignored."""

import numpy as np

def mlp_forward(X, params, activations):
    def g(z, name):
        if name == "sigmoid":
            e = np.exp(-np.abs(z))
            return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
        if name == "tanh":
            return np.tanh(z)
        if name == "relu":
            return np.maximum(z, 0.0)
        return z
    A = np.asarray(X, dtype=np.float64)
    L = len(activations)
    caches = []
    for l in range(1, L + 1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": activations[l - 1]})
        A = g(Z, activations[l - 1]) if l < L else Z
    return A, caches
