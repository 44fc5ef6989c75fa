"""mlp.mlp_forward: ReLU by np.maximum(Z, 0, out=Z) overwrites the cached Z"""

import numpy as np

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = np.maximum(Z, 0.0, out=Z) if name == "relu" else _activate(Z, name)
    return A, caches
