"""backprop.mlp_backward: delta_{l-1} multiplied by g_l' (the layer above's activation) at Z_{l-1}; right when all layers share one activation"""
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
    L = len(caches)
    delta = dout * _dg(caches[-1]["activation"], caches[-1]["Z"])
    for l in range(L, 0, -1):
        c = caches[l - 1]
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        if l > 1:
            delta = (delta @ c["W"].T) * _dg(c["activation"], caches[l - 2]["Z"])
    return grads
