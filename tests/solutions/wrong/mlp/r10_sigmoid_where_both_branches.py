"""mlp.mlp_forward: sigmoid as np.where of the two textbook forms: both evaluated, overflow warnings at large inputs"""

import numpy as np

def mlp_forward(X, params, activations):
    def sig(z):
        return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = sig(Z) if name == "sigmoid" else _activate(Z, name)
    return A, caches
