"""mlp.mlp_forward: each cache's A_prev holds the layer's own output A_l instead of its input A_{l-1}."""

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
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = A @ W + b
        A = g(Z, name)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
    return A, caches
