"""backprop.mlp_backward: sigmoid' as exp(-z)/(1+exp(-z))**2, the textbook form: inf/inf = NaN (and overflow warnings) at z = -1000"""

import numpy as np


def mlp_backward(dout, caches):
    def r13ser_deriv(name, z):
        if name == "sigmoid":
            return np.exp(-z) / (1.0 + np.exp(-z)) ** 2
        if name == "tanh":
            return 1.0 - np.tanh(z) ** 2
        if name == "relu":
            return (z > 0).astype(float)
        return np.ones_like(z)

    grads = {}
    upstream = dout
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = upstream * r13ser_deriv(c["activation"], c["Z"])
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        upstream = delta @ c["W"].T
    return grads
