"""Backpropagation as MIT 6.036/6.390's Sequential.backward: modules in reverse, each backward(dLdA).

6.036 keeps examples as columns: a Linear module's backward gets dLdZ (n, b) and stores
dLdW = A dLdZ^T, dLdW0 = dLdZ summed over the columns, returning dLdA = W dLdZ; an activation's backward
gets dLdA and returns dLdZ = dLdA * g'(Z). This student rebuilds those modules from the stub's caches,
transposes dout into columns, and reads every module's stored gradient back into the stub's dict.
"""

import numpy as np


def _sigmoid(Z):
    E = np.exp(-np.abs(Z))
    return np.where(Z >= 0, 1.0 / (1.0 + E), E / (1.0 + E))


def _sigmoid_grad(Z):
    s = _sigmoid(Z)
    return s * (1 - s)


DERIVATIVES = {
    "identity": lambda Z: np.ones_like(Z),
    "sigmoid": _sigmoid_grad,
    "tanh": lambda Z: 1 - np.tanh(Z) ** 2,
    "relu": lambda Z: (Z > 0).astype(np.float64),
}


class Linear:
    def __init__(self, A, W):
        self.A, self.W = A, W                        # A (m, b) columns, W (m, n)

    def backward(self, dLdZ):
        self.dLdW = self.A @ dLdZ.T
        self.dLdW0 = np.sum(dLdZ, axis=1, keepdims=True)
        return self.W @ dLdZ


class Activation:
    def __init__(self, Z, name):
        self.Z, self.name = Z, name

    def backward(self, dLdA):
        return dLdA * DERIVATIVES[self.name](self.Z)


def mlp_backward(dout, caches):
    modules = []
    for c in caches:
        modules += [Linear(np.asarray(c["A_prev"], dtype=np.float64).T, np.asarray(c["W"], dtype=np.float64)),
                    Activation(np.asarray(c["Z"], dtype=np.float64).T, c["activation"])]
    delta = np.asarray(dout, dtype=np.float64).T
    for m in modules[::-1]:
        delta = m.backward(delta)
    grads = {}
    for l, lin in enumerate(modules[::2], start=1):
        grads["W%d" % l] = lin.dLdW
        grads["b%d" % l] = lin.dLdW0[:, 0]
    return grads
