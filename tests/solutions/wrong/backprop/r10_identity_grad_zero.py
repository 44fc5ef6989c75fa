"""backprop.mlp_backward: identity' = 0 (confused with the step's), no gradient through linear layers"""

import numpy as np

def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        if c["activation"] == "identity":
            delta = dA * np.zeros_like(c["Z"])
        else:
            delta = dA * _derivative(c["Z"], c["activation"])
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ c["W"].T
    return grads
