"""mlp.mlp_forward: consumes the caller's activations list with pop(0)"""

import numpy as np

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    l = 0
    while activations:
        name = activations.pop(0)
        l += 1
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _activate(Z, name)
    return A, caches
