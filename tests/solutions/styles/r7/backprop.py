"""Backprop, r7 style: derivatives written from Z by stable closed forms, reversed loop with zip."""

import numpy as np


def _d_identity(z):
    return np.ones_like(z, dtype=np.float64)


def _d_sigmoid(z):
    # s(1-s) = exp(-(softplus(z) + softplus(-z))): no overflow for any z
    return np.exp(-(np.logaddexp(0.0, z) + np.logaddexp(0.0, -z)))


def _d_tanh(z):
    return 1.0 - np.tanh(z) ** 2


def _d_relu(z):
    return (z > 0).astype(np.float64)


_DERIV = {"identity": _d_identity, "linear": _d_identity, "sigmoid": _d_sigmoid, "tanh": _d_tanh, "relu": _d_relu}


def mlp_backward(dout, caches):
    grads = {}
    n = len(caches)
    delta = np.asarray(dout, dtype=np.float64) * _DERIV[caches[-1]["activation"]](
        np.asarray(caches[-1]["Z"], dtype=np.float64))
    for l in range(n, 0, -1):
        cache = caches[l - 1]
        A_prev = np.asarray(cache["A_prev"], dtype=np.float64)
        W = np.asarray(cache["W"], dtype=np.float64)
        grads[f"W{l}"] = A_prev.T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        if l > 1:
            below = caches[l - 2]
            delta = (delta @ W.T) * _DERIV[below["activation"]](np.asarray(below["Z"], dtype=np.float64))
    return {k: grads[k] for k in sorted(grads, key=lambda k: (int(k[1:]), k[0]))}
