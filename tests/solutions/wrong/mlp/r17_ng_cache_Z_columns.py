"""mlp.mlp_forward: Runs in Ng's column layout and transposes out back, but caches "Z" (and "A_prev") as columns (n_l, N).

Habit: deeplearning.ai's L_model_forward with examples as columns, only the returned AL moved back to batch-first.
"""

import numpy as np


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64).T
    caches = []
    for l in range(1, len(activations) + 1):
        W, b = np.asarray(params["W" + str(l)], dtype=np.float64), np.asarray(params["b" + str(l)], dtype=np.float64)
        A_prev = A
        Z = np.dot(W.T, A_prev) + b.reshape(-1, 1)
        A = _activate(Z, activations[l - 1])
        caches.append({"A_prev": A_prev, "W": W, "b": b, "Z": Z, "activation": activations[l - 1]})
    return A.T, caches
