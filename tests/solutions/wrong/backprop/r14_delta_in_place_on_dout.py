"""backprop.mlp_backward: delta = dout; delta *= g'(Z_L) multiplies the caller's dout in place (harmless only for an identity output)"""
import numpy as np


def _r14dip_d(name, Z):
    if name == "relu":
        return (Z > 0).astype(np.float64)
    if name == "sigmoid":
        e = np.exp(-np.abs(Z))
        return e / (1.0 + e) ** 2
    if name == "tanh":
        return 1.0 - np.tanh(Z) ** 2
    return np.ones_like(Z)


def mlp_backward(dout, caches):
    grads = {}
    delta = dout
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta *= _r14dip_d(c["activation"], c["Z"])
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        delta = delta @ c["W"].T
    return grads
