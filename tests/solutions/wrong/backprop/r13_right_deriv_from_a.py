"""backprop.mlp_backward: RIGHT: below the top layer, g'(Z_l) is read off A_l (the next cache's A_prev): A(1 - A), 1 - A^2, A > 0"""

import numpy as np


def _r13rda_from_z(name, z):
    if name == "sigmoid":
        a = np.exp(-np.logaddexp(0.0, -z))
    elif name == "tanh":
        a = np.tanh(z)
    elif name == "relu":
        a = np.maximum(z, 0.0)
    else:
        a = z
    return a


def _r13rda_from_a(name, a):
    if name == "sigmoid":
        return a * (1.0 - a)
    if name == "tanh":
        return 1.0 - a * a
    if name == "relu":
        return (a > 0).astype(a.dtype)
    return np.ones_like(a)


def mlp_backward(dout, caches):
    L = len(caches)
    grads = {}
    upstream = dout
    for l in range(L, 0, -1):
        c = caches[l - 1]
        a = caches[l]["A_prev"] if l < L else _r13rda_from_z(c["activation"], c["Z"])
        delta = upstream * _r13rda_from_a(c["activation"], a)
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        upstream = delta @ c["W"].T
    return grads
