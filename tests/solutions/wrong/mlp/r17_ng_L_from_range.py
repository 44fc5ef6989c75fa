"""mlp.mlp_forward: Loops for l in range(1, L) as Ng does for the hidden layers, then forgets the separate output layer: out is A_{L-1}.

Habit: deeplearning.ai's hidden-layer loop range(1, L) followed by AL's own line, the second part left out.
"""

import numpy as np


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    L = len(params) // 2
    caches = []
    for l in range(1, L):
        W, b = np.asarray(params["W" + str(l)], dtype=np.float64), np.asarray(params["b" + str(l)], dtype=np.float64)
        Z = np.dot(A, W) + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": activations[l - 1]})
        A = _activate(Z, activations[l - 1])
    return A, caches
