"""backprop.mlp_backward: relu' built in place on the cached Z (dZ = Z; dZ[dZ > 0] = 1; dZ[dZ <= 0] = 0) destroys the caches"""

import numpy as np


def mlp_backward(dout, caches):
    grads = {}
    upstream = dout
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        z = c["Z"]
        name = c["activation"]
        if name == "relu":
            d = z
            d[d > 0] = 1.0
            d[d <= 0] = 0.0
        elif name == "sigmoid":
            s = np.exp(-np.logaddexp(0.0, -z))
            d = s * (1.0 - s)
        elif name == "tanh":
            d = 1.0 - np.tanh(z) ** 2
        else:
            d = np.ones_like(z)
        delta = upstream * d
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        upstream = delta @ c["W"].T
    return grads
