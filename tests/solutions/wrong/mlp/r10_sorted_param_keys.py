"""mlp.mlp_forward: layers taken in sorted key order (W1, W10, W2, ...): wrong from ten layers on"""

import numpy as np

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    keys = sorted(k[1:] for k in params if k.startswith("W"))
    for idx, name in zip(keys, activations):
        W, b = params["W" + idx], params["b" + idx]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = _activate(Z, name)
    return A, caches
