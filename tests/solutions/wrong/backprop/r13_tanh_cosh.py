"""backprop.mlp_backward: tanh' as 1/np.cosh(Z)**2 (sech^2): right values, but cosh overflows with a RuntimeWarning for |Z| > 710"""

import numpy as np


def _r13tc_deriv(name, z):
    if name == "sigmoid":
        s = np.exp(-np.logaddexp(0.0, -z))
        return s * (1.0 - s)
    if name == "tanh":
        return 1.0 / np.cosh(z) ** 2
    if name == "relu":
        return (z > 0).astype(float)
    return np.ones_like(z)


def mlp_backward(dout, caches):
    grads = {}
    upstream = dout
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = upstream * _r13tc_deriv(c["activation"], c["Z"])
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        upstream = delta @ c["W"].T
    return grads
