"""backprop.mlp_backward: db_l is the batch mean of delta_l, not its sum"""
import numpy as np


def _dg(name, Z):
    if name == "sigmoid":
        s = np.exp(-np.logaddexp(0.0, -Z))
        return s * (1.0 - s)
    if name == "tanh":
        return 1.0 - np.tanh(Z) ** 2
    if name == "relu":
        return (Z > 0).astype(np.float64)
    return np.ones_like(Z)


def mlp_backward(dout, caches):
    grads = {}
    delta = np.asarray(dout, dtype=np.float64)
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = delta * _dg(c["activation"], c["Z"])
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.mean(axis=0)
        delta = delta @ c["W"].T
    return grads
