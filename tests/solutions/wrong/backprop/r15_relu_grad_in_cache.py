"""backprop.mlp_backward: the relu derivative is made in place on the cached Z (Z[Z > 0] = 1; Z[Z <= 0] = 0), corrupting the caller's caches"""
import numpy as np


def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        Z = c["Z"]
        if c["activation"] == "relu":
            Z[Z > 0] = 1.0
            Z[Z <= 0] = 0.0
            d = Z
        elif c["activation"] == "sigmoid":
            s = np.exp(-np.logaddexp(0.0, -Z))
            d = s * (1 - s)
        elif c["activation"] == "tanh":
            d = 1 - np.tanh(Z) ** 2
        else:
            d = np.ones_like(Z)
        delta = dA * d
        grads["W%d" % l] = c["A_prev"].T @ delta
        grads["b%d" % l] = delta.sum(axis=0)
        dA = delta @ c["W"].T
    return grads
