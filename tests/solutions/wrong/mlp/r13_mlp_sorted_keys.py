"""mlp.mlp_forward: layers taken from sorted(params) as strings, so from 10 layers on W10 comes before W2"""
import numpy as np


def _r13sk_act(name, Z):
    if name == "relu":
        return np.maximum(Z, 0)
    if name == "sigmoid":
        return 0.5 * (1 + np.tanh(Z / 2))
    if name == "tanh":
        return np.tanh(Z)
    return Z


def mlp_forward(X, params, activations):
    Ws = sorted(k for k in params if k.startswith("W"))
    bs = sorted(k for k in params if k.startswith("b"))
    A = X
    caches = []
    for wk, bk, name in zip(Ws, bs, activations):
        Z = A @ params[wk] + params[bk]
        caches.append({"A_prev": A, "W": params[wk], "b": params[bk], "Z": Z, "activation": name})
        A = _r13sk_act(name, Z)
    return A, caches
