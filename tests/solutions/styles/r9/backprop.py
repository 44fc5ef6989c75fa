"""A correct student solution of exercises/backprop.py: recursion from the top, derivatives looked up by name in globals()."""

import numpy as np


def _d_identity(z):
    return np.ones_like(z)


def _d_sigmoid(z):
    # s(1 - s) = 1 / (4 cosh^2(z/2)); cosh overflows to inf there, giving 0 -- avoid the warning with clip
    h = np.clip(0.5 * z, -350.0, 350.0)
    return 0.25 / np.cosh(h) ** 2


def _d_tanh(z):
    return 1.0 - np.tanh(z) ** 2


def _d_relu(z):
    return (z > 0).astype(np.float64)


def _d(name):
    return globals()["_d_" + name]


def _back(delta, caches, grads):
    layer = len(caches)
    top = caches[-1]
    grads["W%d" % layer] = top["A_prev"].T @ delta
    grads["b%d" % layer] = delta.sum(axis=0)
    if layer == 1:
        return grads
    below = caches[-2]
    return _back((delta @ top["W"].T) * _d(below["activation"])(below["Z"]), caches[:-1], grads)


def mlp_backward(dout, caches):
    top = caches[-1]
    delta = np.asarray(dout, dtype=np.float64) * _d(top["activation"])(top["Z"])
    return _back(delta, list(caches), {})
