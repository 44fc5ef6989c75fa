"""backprop.mlp_backward: from a softmax+CE course where dout is already dL/dZ_L: delta_L = dout, the last layer's activation derivative is skipped."""

import numpy as np


def _r24c_deriv(z, name):
    if name == "sigmoid":
        s = 0.5 * (1 + np.tanh(0.5 * z))
        return s * (1 - s)
    if name == "tanh":
        return 1 - np.tanh(z) ** 2
    if name == "relu":
        return (z > 0).astype(np.float64)
    return np.ones_like(z)


def mlp_backward(dout, caches):
    grads = {}
    L = len(caches)
    delta = dout
    for l in range(L, 0, -1):
        c = caches[l - 1]
        if l < L:
            delta = delta * _r24c_deriv(c["Z"], c["activation"])
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        delta = delta @ c["W"].T
    return grads
