"""backprop.mlp_backward: RIGHT: Nielsen/Keras habit, each hidden layer's derivative computed from its output A_l (read as the next layer's A_prev: s(1 - s), 1 - t^2, A > 0), only the last layer from Z_L"""
import numpy as np


def _fromA_prime_z(name, z):
    if name == "sigmoid":
        return np.exp(-np.logaddexp(0.0, z) - np.logaddexp(0.0, -z))
    if name == "tanh":
        return 1.0 - np.tanh(z) ** 2
    if name == "relu":
        return (z > 0).astype(np.float64)
    return np.ones_like(z, dtype=np.float64)


def _fromA_prime_a(name, a):
    if name == "sigmoid":
        return a * (1.0 - a)
    if name == "tanh":
        return 1.0 - a * a
    if name == "relu":
        return (a > 0).astype(np.float64)
    return np.ones_like(a, dtype=np.float64)


def mlp_backward(dout, caches):
    grads = {}
    L = len(caches)
    delta = dout * _fromA_prime_z(caches[-1]["activation"], caches[-1]["Z"])
    for l in range(L, 0, -1):
        c = caches[l - 1]
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
        if l > 1:
            delta = (delta @ c["W"].T) * _fromA_prime_a(caches[l - 2]["activation"], c["A_prev"])
    return grads
