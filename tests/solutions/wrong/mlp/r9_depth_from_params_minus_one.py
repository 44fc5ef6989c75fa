"""mlp.mlp_forward: the depth taken as len(params) // 2 - 1 (an off-by-one), so the last layer is never applied."""

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
    for l in range(1, len(params) // 2):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": activations[l - 1]})
        A = g(Z, activations[l - 1])
    return A, caches
