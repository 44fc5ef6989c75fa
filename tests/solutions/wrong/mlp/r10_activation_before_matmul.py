"""mlp.mlp_forward: Z_l = g_l(A_{l-1}) W_l + b_l, the activation applied to the layer's input instead of its output"""

import numpy as np

def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = _activate(A, name) @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = Z
    return A, caches
