"""Correct solution, style r5: functools.reduce over the layers, carrying (grads, dL/dA)."""

import functools

import numpy as np


def _sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


_DERIVATIVES = {
    "identity": lambda z: np.ones_like(z),
    "sigmoid": lambda z: _sigmoid(z) * _sigmoid(-z),
    "tanh": lambda z: (1.0 - np.tanh(z)) * (1.0 + np.tanh(z)),
    "relu": lambda z: (z > 0).astype(np.float64),
    "leaky_relu": lambda z: np.where(z > 0, 1.0, 0.01),
}


def mlp_backward(dout, caches):
    def back(state, l):
        grads, dA = state
        c = caches[l - 1]
        delta = dA * _DERIVATIVES[c["activation"]](c["Z"])
        grads["W%d" % l] = c["A_prev"].T @ delta
        grads["b%d" % l] = delta.sum(axis=0)
        return grads, delta @ c["W"].T

    grads, _ = functools.reduce(back, range(len(caches), 0, -1), ({}, np.asarray(dout, dtype=np.float64)))
    return grads
