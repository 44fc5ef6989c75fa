"""mlp.mlp_forward: Uses Ng's sigmoid 1 / (1 + np.exp(-Z)): exp overflows (RuntimeWarning) for Z around -1000.

Habit: deeplearning.ai's dnn_utils sigmoid, which never meets large pre-activations in the course's notebooks.
"""

import numpy as np


def mlp_forward(X, params, activations):
    g = {"identity": lambda Z: Z, "sigmoid": lambda Z: 1 / (1 + np.exp(-Z)), "tanh": np.tanh,
         "relu": lambda Z: np.maximum(0, Z)}
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l in range(1, len(activations) + 1):
        W, b = np.asarray(params["W" + str(l)], dtype=np.float64), np.asarray(params["b" + str(l)], dtype=np.float64)
        Z = np.dot(A, W) + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": activations[l - 1]})
        A = g[activations[l - 1]](Z)
    return A, caches
