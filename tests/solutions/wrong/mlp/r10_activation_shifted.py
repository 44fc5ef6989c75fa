"""mlp.mlp_forward: layer l uses activations[l] (off by one, wrapping to the first for the last layer)"""

import numpy as np

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    L = len(activations)
    for l in range(1, L + 1):
        name = activations[l % L]
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _activate(Z, name)
    return A, caches
