"""backprop.mlp_backward: delta_L = dout, the output layer's g_L'(Z_L) left out (AIMA's err already multiplied by the derivative is assumed)"""

import numpy as np


def _r23_gp(name, z):
    if name == "sigmoid":
        e = np.exp(-np.abs(z))
        s = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
        return s * (1 - s)
    if name == "tanh":
        return 1 - np.tanh(z) ** 2
    if name == "relu":
        return (z > 0).astype(np.float64)
    return np.ones_like(z)


def mlp_backward(dout, caches):
    """The recursion starts from dout as if it were already Delta of the output units."""
    grads = {}
    delta = np.asarray(dout, dtype=np.float64)
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        grads["W%d" % l] = c["A_prev"].T @ delta
        grads["b%d" % l] = np.sum(delta, axis=0)
        if l > 1:
            delta = (delta @ c["W"].T) * _r23_gp(caches[l - 2]["activation"], caches[l - 2]["Z"])
    return grads
