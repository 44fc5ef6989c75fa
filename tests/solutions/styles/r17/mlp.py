"""The MLP forward pass as in Andrew Ng's deeplearning.ai course (L_model_forward).

Ng's layout is examples as COLUMNS: A (n_l, m), W (n_l, n_{l-1}), b (n_l, 1). This student moves X and the
parameters into that layout, runs linear_activation_forward layer by layer, and transposes back at the border
to give the stub's batch-first out and caches.
"""

import numpy as np


def _sigmoid(Z):
    # stable: exp of a non-positive number only
    e = np.exp(-np.abs(Z))
    return np.where(Z >= 0, 1 / (1 + e), e / (1 + e))


def _relu(Z):
    return np.maximum(0, Z)


_G = {"identity": lambda Z: Z, "sigmoid": _sigmoid, "tanh": np.tanh, "relu": _relu}


def _linear_activation_forward(A_prev, W, b, activation):
    Z = np.dot(W, A_prev) + b
    A = _G[activation](Z)
    return A, Z


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64).T
    L = len(params) // 2
    caches = []
    for l in range(1, L + 1):
        A_prev = A
        W = np.asarray(params["W" + str(l)], dtype=np.float64)
        b = np.asarray(params["b" + str(l)], dtype=np.float64)
        A, Z = _linear_activation_forward(A_prev, W.T, b.reshape(-1, 1), activations[l - 1])
        caches.append({"A_prev": A_prev.T, "W": W, "b": b, "Z": Z.T, "activation": activations[l - 1]})
    return A.T, caches
