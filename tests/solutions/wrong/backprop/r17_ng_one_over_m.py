"""backprop.mlp_backward: Divides dW and db by m as Ng's linear_backward does, though dout already carries the loss's 1/N.

Habit: deeplearning.ai's dW = 1/m * np.dot(dZ, A_prev.T), db = 1/m * np.sum(dZ, axis=1, keepdims=True).
"""

import numpy as np


def mlp_backward(dout, caches):
    grads = {}
    dA = np.asarray(dout, dtype=np.float64).T
    for l in reversed(range(len(caches))):
        c = caches[l]
        Z, A_prev, W = np.asarray(c["Z"]).T, np.asarray(c["A_prev"]).T, np.asarray(c["W"]).T
        m = A_prev.shape[1]
        dZ = dA * _derivative(Z, c["activation"])
        grads["W" + str(l + 1)] = (1 / m * np.dot(dZ, A_prev.T)).T
        grads["b" + str(l + 1)] = 1 / m * np.sum(dZ, axis=1)
        dA = np.dot(W.T, dZ)
    return grads
