"""backprop.mlp_backward: uses the output layer's own activation but layer 1's activation for every hidden layer (right only when all hidden layers share it)"""
import numpy as np


def _r14haf_d(name, Z):
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
    L = len(caches)
    hidden = caches[0]["activation"]
    dA = dout
    for l in range(L, 0, -1):
        c = caches[l - 1]
        name = c["activation"] if l == L else hidden
        delta = dA * _r14haf_d(name, c["Z"])
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        dA = delta @ c["W"].T
    return grads
