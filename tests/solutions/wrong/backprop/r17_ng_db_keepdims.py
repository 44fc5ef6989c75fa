"""backprop.mlp_backward: Returns each db as Ng's keepdims column sum (n_l, 1) instead of the bias's shape (n_l,).

Habit: deeplearning.ai's db = np.sum(dZ, axis=1, keepdims=True), b being an (n_l, 1) column there.
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
        grads["b" + str(l + 1)] = np.sum(dZ, axis=1, keepdims=True)
        dA = np.dot(W.T, dZ)
    return grads
