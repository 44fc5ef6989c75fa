"""A correct student solution of exercises/backprop.py: functools.reduce over the reversed caches, log-space sigmoid'."""

import functools

import numpy as np


def _sigmoid_grad(z):
    a = np.abs(z)
    return np.exp(-a - 2 * np.log1p(np.exp(-a)))  # e^-|z| / (1 + e^-|z|)^2


def _tanh_grad(z):
    e = np.exp(-2 * np.abs(z))
    return 4 * e / (1 + e) ** 2


_DERIV = {"identity": lambda z: np.ones_like(z, dtype=np.float64), "sigmoid": _sigmoid_grad,
          "tanh": _tanh_grad, "relu": lambda z: np.heaviside(z, 0.0)}


def mlp_backward(dout, caches):
    L = len(caches)

    def back(state, lc):
        dA, grads = state
        l, cache = lc
        delta = dA * _DERIV[cache["activation"]](np.asarray(cache["Z"], dtype=np.float64))
        grads = {**grads, "W%d" % l: np.matmul(np.transpose(cache["A_prev"]), delta),
                 "b%d" % l: np.add.reduce(delta, axis=0)}
        return np.matmul(delta, np.transpose(cache["W"])), grads

    pairs = zip(range(L, 0, -1), reversed(caches))
    return functools.reduce(back, pairs, (np.asarray(dout, dtype=np.float64), {}))[1]
