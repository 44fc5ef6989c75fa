"""mlp.mlp_forward: the cache names the layer input 'A' instead of 'A_prev'"""

import numpy as np

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _activate(Z, name)
    return A, caches
