"""backprop.mlp_backward: RIGHT: the plain sigmoid 1/(1 + exp(-Z)) under np.errstate(over="ignore"): exp overflows to inf silently, 1/(1 + inf) = 0 is exact"""

import numpy as np


def mlp_backward(dout, caches):
    grads = {}
    upstream = dout
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        z, name = c["Z"], c["activation"]
        if name == "sigmoid":
            with np.errstate(over="ignore"):
                s = 1.0 / (1.0 + np.exp(-z))
            d = s * (1.0 - s)
        elif name == "tanh":
            d = 1.0 - np.tanh(z) ** 2
        elif name == "relu":
            d = np.where(z > 0, 1.0, 0.0)
        else:
            d = np.ones_like(z)
        delta = upstream * d
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        upstream = delta @ c["W"].T
    return grads
