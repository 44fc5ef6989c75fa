"""mlp.mlp_forward: sigmoid as exp(z)/(1+exp(z)) gives NaN for large inputs"""

import numpy as np

def mlp_forward(X, params, activations):
    def g(z, name):
        if name == "sigmoid":
            return np.exp(z) / (1 + np.exp(z))
        if name == "tanh":
            return np.tanh(z)
        if name == "relu":
            return np.maximum(z, 0)
        return z
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = g(Z, name)
    return A, caches
