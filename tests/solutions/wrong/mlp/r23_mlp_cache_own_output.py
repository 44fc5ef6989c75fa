"""mlp.mlp_forward: AIMA keeps each node's own a_j: layer l's cache 'A_prev' holds A_l (its output) instead of A_{l-1} (its input)"""

import numpy as np


def _r23_g(name, z):
    if name == "sigmoid":
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.maximum(z, 0.0)
    return z.copy()


def mlp_forward(X, params, activations):
    """Each layer stores (in_j, a_j) of its own units, as AIMA's nodes do."""
    a = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        z = a @ W + b
        a = _r23_g(name, z)
        caches.append({"A_prev": a, "W": W, "b": b, "Z": z, "activation": name})
    return a, caches
