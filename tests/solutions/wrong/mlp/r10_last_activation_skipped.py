"""mlp.mlp_forward: out = Z_L, the last layer's activation never applied"""

import numpy as np

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    L = len(activations)
    for l in range(1, L + 1):
        W, b = params["W" + str(l)], params["b" + str(l)]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": activations[l - 1]})
        A = _activate(Z, activations[l - 1]) if l < L else Z
    return A, caches
