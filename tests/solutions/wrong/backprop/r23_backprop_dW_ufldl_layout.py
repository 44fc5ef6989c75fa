"""backprop.mlp_backward: dW_l returned as UFLDL's delta * a' of shape (n_l, n_{l-1}), the transpose of W_l"""

import numpy as np


def _r23_fp(name, z):
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
    """Column-major deltas; the weight gradients keep UFLDL's (hidden, visible) layout."""
    grads = {}
    delta = (np.asarray(dout, dtype=np.float64) * _r23_fp(caches[-1]["activation"], caches[-1]["Z"])).T
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        grads["W%d" % l] = delta @ c["A_prev"]
        grads["b%d" % l] = np.sum(delta, axis=1)
        if l > 1:
            delta = (c["W"] @ delta) * _r23_fp(caches[l - 2]["activation"], caches[l - 2]["Z"]).T
    return grads
