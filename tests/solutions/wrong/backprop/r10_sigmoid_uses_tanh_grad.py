"""backprop.mlp_backward: sigmoid layers differentiated with tanh's 1 - g(z)^2 (neighbouring formula)"""

import numpy as np

def mlp_backward(dout, caches):
    def d(z, name):
        if name == "sigmoid":
            e = np.exp(-np.abs(z))
            s = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
            return 1 - s ** 2
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
