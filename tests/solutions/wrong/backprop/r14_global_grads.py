"""backprop.mlp_backward: keeps the gradients in a module-level dict, so a later call returns the same object (changing an earlier result) and keeps stale keys of a deeper network"""
import numpy as np

_R14GG_GRADS = {}


def _r14gg_d(name, Z):
    if name == "relu":
        return (Z > 0).astype(np.float64)
    if name == "sigmoid":
        e = np.exp(-np.abs(Z))
        return e / (1.0 + e) ** 2
    if name == "tanh":
        return 1.0 - np.tanh(Z) ** 2
    return np.ones_like(Z)


def mlp_backward(dout, caches):
    dA = dout
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = dA * _r14gg_d(c["activation"], c["Z"])
        _R14GG_GRADS[f"W{l}"] = c["A_prev"].T @ delta
        _R14GG_GRADS[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ c["W"].T
    return _R14GG_GRADS
