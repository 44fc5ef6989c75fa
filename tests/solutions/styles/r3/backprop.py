"""Correct solution of exercises/backprop.py, functional style: the delta recursion written as a recursive function."""

import numpy as np


def _sigmoid_grad(z):
    return np.exp(-np.logaddexp(0.0, -z) - np.logaddexp(0.0, z))


DERIVATIVES = {
    "identity": lambda z: np.ones_like(z),
    "sigmoid": _sigmoid_grad,
    "tanh": lambda z: 1.0 - np.tanh(z) ** 2,
    "relu": lambda z: np.heaviside(z, 0.0),
}


def mlp_backward(dout, caches):
    def back(l, dA):
        if l == 0:
            return {}
        c = caches[l - 1]
        delta = dA * DERIVATIVES[c["activation"]](c["Z"])
        return {f"W{l}": c["A_prev"].T @ delta, f"b{l}": delta.sum(axis=0), **back(l - 1, delta @ c["W"].T)}

    return back(len(caches), np.asarray(dout, dtype=np.float64))
