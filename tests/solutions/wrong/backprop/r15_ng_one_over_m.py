"""backprop.mlp_backward: Ng's dW = (1/m) A_prev^T delta and db = (1/m) sum delta although dout already holds the 1/N"""
import numpy as np


def _r15ng_dg(name, Z):
    if name == "relu":
        return (Z > 0).astype(np.float64)
    if name == "sigmoid":
        s = np.exp(-np.logaddexp(0.0, -Z))
        return s * (1 - s)
    if name == "tanh":
        return 1 - np.tanh(Z) ** 2
    return np.ones_like(Z)


def mlp_backward(dout, caches):
    grads = {}
    m = dout.shape[0]
    dA = dout
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = dA * _r15ng_dg(c["activation"], c["Z"])
        grads["W%d" % l] = c["A_prev"].T @ delta / m
        grads["b%d" % l] = delta.sum(axis=0) / m
        dA = delta @ c["W"].T
    return grads
