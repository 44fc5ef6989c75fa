"""backprop.mlp_backward: AIMA's sigmoid_derivative(value) = value (1 - value) fed the cached pre-activation Z instead of the output sigmoid(Z)"""

import numpy as np


def _r23_deriv(name, value):
    """aima-python's derivatives take the unit's OUTPUT; the cache only has Z, passed as is."""
    if name == "sigmoid":
        return value * (1 - value)
    if name == "tanh":
        return 1 - value ** 2
    if name == "relu":
        return (value > 0).astype(np.float64)
    return np.ones_like(value)


def mlp_backward(dout, caches):
    """Delta[j] = g'(in_j) * sum_k w_jk Delta[k] with g' evaluated on in_j by the output formula."""
    grads = {}
    delta = np.asarray(dout, dtype=np.float64) * _r23_deriv(caches[-1]["activation"], caches[-1]["Z"])
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        grads["W%d" % l] = c["A_prev"].T @ delta
        grads["b%d" % l] = np.sum(delta, axis=0)
        if l > 1:
            delta = (delta @ c["W"].T) * _r23_deriv(caches[l - 2]["activation"], caches[l - 2]["Z"])
    return grads
