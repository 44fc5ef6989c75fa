"""backprop.mlp_backward: the snippet sigmoid'(x) = x * (1 - x) (meant for x = sigmoid output) applied to the cached pre-activation Z."""

import numpy as np


def _r24c_dg(z, name):
    if name == "sigmoid":
        return z * (1 - z)
    if name == "tanh":
        return 1 - np.tanh(z) ** 2
    if name == "relu":
        return (z > 0).astype(np.float64)
    return np.ones_like(z)


def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = dA * _r24c_dg(c["Z"], c["activation"])
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ c["W"].T
    return grads
