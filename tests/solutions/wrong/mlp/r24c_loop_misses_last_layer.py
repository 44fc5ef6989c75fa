"""mlp.mlp_forward: loop bound off by one, range(1, len(activations)): the last layer is never applied (the network is one layer short)."""

import numpy as np


def _r24c_g(z, name):
    if name == "sigmoid":
        return 0.5 * (1 + np.tanh(0.5 * z))
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.maximum(z, 0.0)
    return z


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l in range(1, len(activations)):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": activations[l - 1]})
        A = _r24c_g(Z, activations[l - 1])
    return A, caches
