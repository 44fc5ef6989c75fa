"""The MLP forward pass as MIT 6.036/6.390's Sequential: a list of modules, each forward(A) on columns.

6.036 builds Sequential([Linear(m, n), Tanh(), Linear(n, k), SoftMax()]) and runs `for m in self.modules:
Xt = m.forward(Xt)` on data with one example per COLUMN. This student builds that list from params and the
activation names, runs it on X^T, and turns what the modules stored back into the stub's batch-first caches.
"""

import numpy as np


def _sigmoid(Z):
    E = np.exp(-np.abs(Z))                           # never exp of a large positive number
    return np.where(Z >= 0, 1.0 / (1.0 + E), E / (1.0 + E))


ACTIVATIONS = {
    "identity": lambda Z: Z,
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "relu": lambda Z: np.maximum(0, Z),
}


class Linear:
    def __init__(self, W, W0):
        self.W, self.W0 = W, W0                      # (m, n), (n, 1)

    def forward(self, A):
        self.A = A
        return self.W.T @ A + self.W0


class Activation:
    def __init__(self, name):
        self.name = name

    def forward(self, Z):
        self.Z = Z
        return ACTIVATIONS[self.name](Z)


class Sequential:
    def __init__(self, modules):
        self.modules = modules

    def forward(self, Xt):
        for m in self.modules:
            Xt = m.forward(Xt)
        return Xt


def mlp_forward(X, params, activations):
    modules = []
    for l, name in enumerate(activations, start=1):
        W = np.asarray(params["W%d" % l], dtype=np.float64)
        W0 = np.asarray(params["b%d" % l], dtype=np.float64).reshape(-1, 1)
        modules += [Linear(W, W0), Activation(name)]
    net = Sequential(modules)
    out = net.forward(np.asarray(X, dtype=np.float64).T)
    caches = []
    for l, (lin, act) in enumerate(zip(modules[::2], modules[1::2]), start=1):
        caches.append({"A_prev": lin.A.T, "W": params["W%d" % l], "b": params["b%d" % l],
                       "Z": act.Z.T, "activation": act.name})
    return out.T, caches
