"""mlp.mlp_forward: out is right but each cache is Ng's tuple ((A_prev, W, b), Z), not the documented dict with names.

Habit: deeplearning.ai's cache = (linear_cache, activation_cache).
"""

import numpy as np


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l in range(1, len(activations) + 1):
        W, b = np.asarray(params["W" + str(l)], dtype=np.float64), np.asarray(params["b" + str(l)], dtype=np.float64)
        A_prev = A
        Z = np.dot(A_prev, W) + b
        A = _activate(Z, activations[l - 1])
        caches.append(((A_prev, W, b), Z))
    return A, caches
