"""backprop.mlp_backward: delta = dout; delta *= g'(Z_L) multiplies the caller's dout in place"""
import numpy as np


def _bpinpl_prime(name, z):
    if name == "sigmoid":
        return np.exp(-np.logaddexp(0.0, z) - np.logaddexp(0.0, -z))
    if name == "tanh":
        return 1.0 - np.tanh(z) ** 2
    if name == "relu":
        return (z > 0).astype(np.float64)
    return np.ones_like(z, dtype=np.float64)


def mlp_backward(dout, caches):
    grads = {}
    L = len(caches)
    delta = dout
    delta *= _bpinpl_prime(caches[-1]["activation"], caches[-1]["Z"])
    for l in range(L, 0, -1):
        c = caches[l - 1]
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        if l > 1:
            below = caches[l - 2]
            delta = (delta @ c["W"].T) * _bpinpl_prime(below["activation"], below["Z"])
    return grads
