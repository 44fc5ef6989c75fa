"""mlp.mlp_forward: under pressure the cache is appended after A is updated, so "A_prev" holds the layer's own output A_l, not A_{l-1}."""

import numpy as np


def _r24c_act(z, name):
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
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        A = _r24c_act(Z, name)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
    return A, caches
