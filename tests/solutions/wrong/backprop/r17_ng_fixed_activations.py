"""backprop.mlp_backward: Hard-codes Ng's L_model_backward: sigmoid's derivative for the last layer and relu's for every other, whatever the caches' "activation" says.

Habit: deeplearning.ai's linear_activation_backward(dAL, current_cache, "sigmoid") then "relu" in the loop.
"""

import numpy as np


def mlp_backward(dout, caches):
    grads = {}
    L = len(caches)
    dA = np.asarray(dout, dtype=np.float64)
    for l in reversed(range(L)):
        c = caches[l]
        name = "sigmoid" if l == L - 1 else "relu"
        dZ = dA * _derivative(np.asarray(c["Z"]), name)
        grads["W" + str(l + 1)] = np.dot(np.asarray(c["A_prev"]).T, dZ)
        grads["b" + str(l + 1)] = np.sum(dZ, axis=0)
        dA = np.dot(dZ, np.asarray(c["W"]).T)
    return grads
