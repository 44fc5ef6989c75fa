"""backprop.mlp_backward: relu' returned as max(0, z), the function instead of its derivative"""

import numpy as np

def mlp_backward(dout, caches):
    def d(z, name):
        if name == "relu":
            return np.maximum(0.0, z)
        return _derivative(z, name)
    grads = {}
    dA = dout
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = dA * d(c["Z"], c["activation"])
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ c["W"].T
    return grads
