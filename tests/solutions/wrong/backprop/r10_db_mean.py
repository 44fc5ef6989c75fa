"""backprop.mlp_backward: db averaged over the batch instead of summed"""

import numpy as np

def mlp_backward(dout, caches):
    grads = {}
    dA = dout
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = dA * _derivative(c["Z"], c["activation"])
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = np.mean(delta, axis=0)
        dA = delta @ c["W"].T
    return grads
