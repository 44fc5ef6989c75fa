"""backprop.mlp_backward: UFLDL's W1grad = (1/m) delta2 * a1', b1grad = (1/m) sum(delta2, 2): every parameter gradient divided by N although dout already holds the mean's 1/N"""

import numpy as np


def _r23_dg(name, z):
    if name == "sigmoid":
        e = np.exp(-np.abs(z))
        s = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
        return s * (1 - s)
    if name == "tanh":
        return 1 - np.tanh(z) ** 2
    if name == "relu":
        return (z > 0).astype(np.float64)
    return np.ones_like(z)


def mlp_backward(dout, caches):
    """The delta recursion with UFLDL's (1/m) in the weight and bias gradients."""
    grads = {}
    m = np.shape(dout)[0]
    delta = np.asarray(dout, dtype=np.float64) * _r23_dg(caches[-1]["activation"], caches[-1]["Z"])
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        grads["W%d" % l] = (1.0 / m) * (c["A_prev"].T @ delta)
        grads["b%d" % l] = (1.0 / m) * np.sum(delta, axis=0)
        if l > 1:
            delta = (delta @ c["W"].T) * _r23_dg(caches[l - 2]["activation"], caches[l - 2]["Z"])
    return grads
