"""backprop.mlp_backward: Sigmoid layers use Z (1 - Z) as the derivative, reading the cached pre-activation Z as if it were A = sigmoid(Z).

Habit: deeplearning.ai's sigmoid_backward(dA, cache) with activation_cache = Z; the student wrote s = cache.
"""

import numpy as np


def mlp_backward(dout, caches):
    grads = {}
    dA = np.asarray(dout, dtype=np.float64).T
    for l in reversed(range(len(caches))):
        c = caches[l]
        Z, A_prev, W = np.asarray(c["Z"]).T, np.asarray(c["A_prev"]).T, np.asarray(c["W"]).T
        if c["activation"] == "sigmoid":
            s = Z
            dZ = dA * s * (1 - s)
        else:
            dZ = dA * _derivative(Z, c["activation"])
        grads["W" + str(l + 1)] = np.dot(dZ, A_prev.T).T
        grads["b" + str(l + 1)] = np.sum(dZ, axis=1)
        dA = np.dot(W.T, dZ)
    return grads
