"""mlp.mlp_forward: walks the weights in sorted key order, so W10 comes before W2 in a network of ten or more layers."""

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
    wkeys = sorted(k for k in params if k.startswith("W"))
    for wk, name in zip(wkeys, activations):
        W, b = params[wk], params["b" + wk[1:]]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = g(Z, name)
    return A, caches
