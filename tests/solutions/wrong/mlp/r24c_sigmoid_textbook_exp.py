"""mlp.mlp_forward: sigmoid as the textbook 1 / (1 + np.exp(-z)): np.exp overflows with a RuntimeWarning for pre-activations around -1000."""

import numpy as np


def _r24c_apply(z, name):
    if name == "sigmoid":
        return 1 / (1 + np.exp(-z))
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.maximum(0, z)
    return z


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W" + str(l)], params["b" + str(l)]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _r24c_apply(Z, name)
    return A, caches
