"""MLP forward, r7 style: a dispatch table of activations, logaddexp-stable sigmoid, matmul operator."""

import numpy as np


def _identity(z):
    return z.copy()


def _sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def _tanh(z):
    return np.tanh(z)


def _relu(z):
    return np.where(z > 0, z, 0.0)


_ACT = {"identity": _identity, "linear": _identity, "sigmoid": _sigmoid, "tanh": _tanh, "relu": _relu}


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    n_layers = len(activations)
    caches = []
    for l in range(1, n_layers + 1):
        name = activations[l - 1]
        try:
            g = _ACT[name]
        except KeyError:
            raise ValueError(f"unknown activation {name!r}") from None
        W = np.asarray(params[f"W{l}"], dtype=np.float64)
        b = np.asarray(params[f"b{l}"], dtype=np.float64)
        Z = A @ W + b.reshape(1, -1)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = g(Z)
    return A, caches
