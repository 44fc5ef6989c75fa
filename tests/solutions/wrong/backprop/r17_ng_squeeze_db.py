"""backprop.mlp_backward: np.squeeze(db) drops every axis of length 1: a layer of one unit gets db of shape () instead of (1,).

Habit: deeplearning.ai's np.squeeze after keepdims sums.
"""

import numpy as np


def mlp_backward(dout, caches):
    grads = {}
    dA = np.asarray(dout, dtype=np.float64).T
    for l in reversed(range(len(caches))):
        c = caches[l]
        Z, A_prev, W = np.asarray(c["Z"]).T, np.asarray(c["A_prev"]).T, np.asarray(c["W"]).T
        dZ = dA * _derivative(Z, c["activation"])
        grads["W" + str(l + 1)] = np.dot(dZ, A_prev.T).T
        grads["b" + str(l + 1)] = np.squeeze(np.sum(dZ, axis=1, keepdims=True))
        dA = np.dot(W.T, dZ)
    return grads
