"""backprop.mlp_backward: the gradients keyed W0..W{L-1}, b0.. (0-based layer numbers) instead of W1..WL."""

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
    for l in range(L - 1, -1, -1):
        c = caches[l]
        grads["W%d" % l] = c["A_prev"].T @ delta
        grads["b%d" % l] = delta.sum(axis=0)
        if l > 0:
            below = caches[l - 1]
            delta = (delta @ c["W"].T) * _gp(below["Z"], below["activation"])
    return grads
