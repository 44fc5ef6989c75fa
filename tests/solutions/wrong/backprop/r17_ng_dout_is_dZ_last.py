"""backprop.mlp_backward: Takes dout as the output layer's dZ (Ng's dZ = A - Y shortcut), skipping g_L'(Z_L): right only for an identity output.

Habit: deeplearning.ai starts backprop at dZL = AL - Y for sigmoid + cross-entropy; this student never multiplies
the last layer by its derivative.
"""

import numpy as np


def mlp_backward(dout, caches):
    grads = {}
    dZ = np.asarray(dout, dtype=np.float64).T
    for l in reversed(range(len(caches))):
        c = caches[l]
        A_prev, W = np.asarray(c["A_prev"]).T, np.asarray(c["W"]).T
        grads["W" + str(l + 1)] = np.dot(dZ, A_prev.T).T
        grads["b" + str(l + 1)] = np.sum(dZ, axis=1)
        if l > 0:
            prev = caches[l - 1]
            dZ = np.dot(W.T, dZ) * _derivative(np.asarray(prev["Z"]).T, prev["activation"])
    return grads
