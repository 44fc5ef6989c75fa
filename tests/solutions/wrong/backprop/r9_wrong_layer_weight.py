"""backprop.mlp_backward: delta_{l-1} = (delta_l W_{l-1}^T) g'(Z_{l-1}), the weight of the layer below (off by one layer)."""

import numpy as np

def mlp_backward(dout, caches):
    def _gp(z, name):
        if name == "sigmoid":
            e = np.exp(-np.abs(z))
            s = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
            return s * (1 - s)
        if name == "tanh":
            return 1 - np.tanh(z) ** 2
        if name == "relu":
            return (z > 0).astype(np.float64)
        return np.ones_like(z)
    grads = {}
    L = len(caches)
    delta = dout * _gp(caches[-1]["Z"], caches[-1]["activation"])
    for l in range(L, 0, -1):
        c = caches[l - 1]
        grads["W%d" % l] = c["A_prev"].T @ delta
        grads["b%d" % l] = delta.sum(axis=0)
        if l > 1:
            below = caches[l - 2]
            delta = (delta @ below["W"].T) * _gp(below["Z"], below["activation"])
    return grads
