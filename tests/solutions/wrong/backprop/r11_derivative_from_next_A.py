"""backprop.mlp_backward: RIGHT: g'(Z_l) read from A_l = the next cache's A_prev (s(1-s), 1-a^2, a>0); only the last layer uses Z"""
import numpy as np


def _dg_of_a(name, a):
    if name == "sigmoid":
        return a * (1.0 - a)
    if name == "tanh":
        return 1.0 - a * a
    if name == "relu":
        return (a > 0).astype(np.float64)
    return np.ones_like(a)


def _g(name, Z):
    if name == "sigmoid":
        return np.exp(-np.logaddexp(0.0, -Z))
    if name == "tanh":
        return np.tanh(Z)
    if name == "relu":
        return np.maximum(Z, 0.0)
    return Z


def mlp_backward(dout, caches):
    grads = {}
    L = len(caches)
    delta = np.asarray(dout, dtype=np.float64)
    for l in range(L, 0, -1):
        c = caches[l - 1]
        a = caches[l]["A_prev"] if l < L else _g(c["activation"], c["Z"])
        delta = delta * _dg_of_a(c["activation"], a)
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        delta = delta @ c["W"].T
    return grads
