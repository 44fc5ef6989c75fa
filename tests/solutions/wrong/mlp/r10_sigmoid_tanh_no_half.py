"""mlp.mlp_forward: sigmoid written (1 + tanh z) / 2, the z / 2 inside the tanh forgotten"""

import numpy as np

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = 0.5 * (1 + np.tanh(Z)) if name == "sigmoid" else _activate(Z, name)
    return A, caches
