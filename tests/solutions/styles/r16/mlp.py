"""MLP forward, Nielsen style: lists of per-layer weights and biases, zipped over the layers."""

import numpy as np


def _sigmoid(z):
    # 0.5 (1 + tanh(z / 2)) is the logistic function and tanh saturates without overflow
    return 0.5 * (1.0 + np.tanh(0.5 * z))


_G = {
    "identity": lambda z: z,
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "relu": lambda z: np.where(z > 0, z, 0.0),
}


def mlp_forward(X, params, activations):
    L = len(activations)
    weights = [params["W%d" % l] for l in range(1, L + 1)]
    biases = [params["b%d" % l] for l in range(1, L + 1)]
    a = X
    caches = []
    for w, b, name in zip(weights, biases, activations):
        z = np.dot(a, w) + b
        caches.append({"A_prev": a, "W": w, "b": b, "Z": z, "activation": name})
        a = _G[name](z)
    return a, caches
