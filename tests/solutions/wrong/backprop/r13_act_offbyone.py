"""backprop.mlp_backward: delta_{l-1} multiplies by layer l's activation derivative applied to Z_{l-1} (right only when both layers share an activation)"""

import numpy as np


def _r13aob_deriv(name, z):
    if name == "sigmoid":
        s = np.exp(-np.logaddexp(0.0, -z))
        return s * (1.0 - s)
    if name == "tanh":
        return 1.0 - np.tanh(z) ** 2
    if name == "relu":
        return (z > 0).astype(float)
    return np.ones_like(z)


def mlp_backward(dout, caches):
    L = len(caches)
    grads = {}
    delta = dout * _r13aob_deriv(caches[-1]["activation"], caches[-1]["Z"])
    for l in range(L, 0, -1):
        c = caches[l - 1]
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        if l > 1:
            # slip: the activation name is read from the current cache, not the one below
            delta = (delta @ c["W"].T) * _r13aob_deriv(c["activation"], caches[l - 2]["Z"])
    return grads
