"""backprop.mlp_backward: relu_backward zeroes dZ in place on the caller's dout (Ng writes dZ = np.array(dA, copy=True); the copy is gone).

Habit: deeplearning.ai's dZ[Z <= 0] = 0, the copy dropped because "dA is not needed again".
"""

import numpy as np


def mlp_backward(dout, caches):
    grads = {}
    dA = np.asarray(dout).T
    for l in reversed(range(len(caches))):
        c = caches[l]
        Z, A_prev, W = np.asarray(c["Z"]).T, np.asarray(c["A_prev"]).T, np.asarray(c["W"]).T
        if c["activation"] == "relu":
            dZ = dA
            dZ[Z <= 0] = 0
        else:
            dZ = dA * _derivative(Z, c["activation"])
        grads["W" + str(l + 1)] = np.dot(dZ, A_prev.T).T
        grads["b" + str(l + 1)] = np.sum(dZ, axis=1)
        dA = np.dot(W.T, dZ)
    return grads
