"""mlp.mlp_forward: relu written max(z, 0.01 z), the leaky ReLU"""

import numpy as np

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = np.maximum(Z, 0.01 * Z) if name == "relu" else _activate(Z, name)
    return A, caches
