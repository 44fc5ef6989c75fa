"""mlp.mlp_forward: tanh written as (e^z - e^-z)/(e^z + e^-z): NaN and overflow warnings for large inputs."""

import numpy as np

def mlp_forward(X, params, activations):
    def g(z, name):
        if name == "sigmoid":
            e = np.exp(-np.abs(z))
            return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
        if name == "tanh":
            return (np.exp(z) - np.exp(-z)) / (np.exp(z) + np.exp(-z))
        if name == "relu":
            return np.maximum(z, 0.0)
        return z
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = g(Z, name)
    return A, caches
