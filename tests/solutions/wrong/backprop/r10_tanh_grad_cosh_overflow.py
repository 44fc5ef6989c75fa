"""backprop.mlp_backward: tanh' as 1 / cosh(z)^2: cosh overflows (warnings) for pre-activations of 1000"""

import numpy as np

def mlp_backward(dout, caches):
    def d(z, name):
        if name == "tanh":
            return 1 / np.cosh(z) ** 2
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
