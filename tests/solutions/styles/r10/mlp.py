"""A correct student solution of exercises/mlp.py: recursion over the layers, sigmoid as a shifted tanh."""

import numpy as np


def _sigmoid(z):
    return 0.5 * (1 + np.tanh(0.5 * z))  # exact identity; tanh saturates without overflow


_ACT = {"identity": lambda z: z, "sigmoid": _sigmoid, "tanh": np.tanh, "relu": lambda z: np.maximum(z, 0.0)}


def mlp_forward(X, params, activations):
    names = list(activations)

    def go(A, l):
        if l > len(names):
            return A, []
        W, b = params["W%d" % l], params["b%d" % l]
        Z = np.matmul(A, W) + b
        out, rest = go(_ACT[names[l - 1]](Z), l + 1)
        return out, [{"A_prev": A, "W": W, "b": b, "Z": Z, "activation": names[l - 1]}] + rest

    return go(np.asarray(X, dtype=np.float64), 1)
