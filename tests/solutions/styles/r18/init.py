"""Initialisation the MIT 6.036/6.390 way: Linear(m, n) draws W (m, n) with np.random.normal(0, std, [m, n]).

6.036's Linear module keeps W (m, n) with m inputs and n outputs (the stub's (n_in, n_out)) and a bias column
W0 (n, 1). This student draws with rng.normal(0, std, (m, n)) instead of std * rng.standard_normal (the same
numbers), and trains symmetry_demo as 6.036 does: Sequential modules on data as columns, sgd_step per module.
"""

import numpy as np


def _fan(n_in, n_out, mode):
    return {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]


def _normal(n_in, n_out, rng, std):
    return rng.normal(0.0, std, (n_in, n_out)), std


def _uniform(n_in, n_out, rng, limit):
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(n_in, n_out, rng, np.sqrt(2 / _fan(n_in, n_out, mode)))


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(n_in, n_out, rng, np.sqrt(6 / _fan(n_in, n_out, mode)))


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _normal(n_in, n_out, rng, np.sqrt(1 / _fan(n_in, n_out, mode)))


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _uniform(n_in, n_out, rng, np.sqrt(3 / _fan(n_in, n_out, mode)))


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(n_in, n_out, rng, np.sqrt(1 / _fan(n_in, n_out, mode)))


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(n_in, n_out, rng, np.sqrt(3 / _fan(n_in, n_out, mode)))


def zeros(n_in, n_out):
    return np.zeros((n_in, n_out))


def hidden_unit_spread(params):
    W1 = np.asarray(params["W1"], dtype=np.float64)
    b1 = np.asarray(params["b1"], dtype=np.float64).reshape(-1)
    W2 = np.asarray(params["W2"], dtype=np.float64)
    spread = 0.0
    for j in range(W1.shape[1]):
        spread = max(spread, np.max(np.abs(W1[:, j] - W1[:, 0]), initial=0.0),
                     abs(b1[j] - b1[0]), np.max(np.abs(W2[j, :] - W2[0, :]), initial=0.0))
    return float(spread)


class Linear:
    def __init__(self, W, W0):
        self.W, self.W0 = W, W0                      # (m, n), (n, 1)

    def forward(self, A):
        self.A = A
        return self.W.T @ A + self.W0

    def backward(self, dLdZ):
        self.dLdW = self.A @ dLdZ.T
        self.dLdW0 = np.sum(dLdZ, axis=1, keepdims=True)
        return self.W @ dLdZ

    def sgd_step(self, lrate):
        self.W = self.W - lrate * self.dLdW
        self.W0 = self.W0 - lrate * self.dLdW0


class Sigmoid:
    def forward(self, Z):
        E = np.exp(-np.abs(Z))
        self.A = np.where(Z >= 0, 1.0 / (1.0 + E), E / (1.0 + E))
        return self.A

    def backward(self, dLdA):
        return dLdA * self.A * (1 - self.A)

    def sgd_step(self, lrate):
        pass


def _params(lin1, lin2):
    return {"W1": lin1.W.copy(), "b1": lin1.W0[:, 0].copy(), "W2": lin2.W.copy(), "b2": lin2.W0[:, 0].copy()}


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    Xt = np.asarray(X, dtype=np.float64).T           # (d, N)
    Yt = np.asarray(Y, dtype=np.float64).T           # (k, N)
    d, N = Xt.shape
    k = Yt.shape[0]
    lin1 = Linear(np.full((d, n_hidden), float(value)), np.zeros((n_hidden, 1)))
    lin2 = Linear(np.full((n_hidden, k), float(value)), np.zeros((k, 1)))
    modules = [lin1, Sigmoid(), lin2]
    spread = [hidden_unit_spread(_params(lin1, lin2))]
    for _ in range(steps):
        A = Xt
        for m in modules:
            A = m.forward(A)
        delta = (A - Yt) / N                         # dL/dY_hat of 1/(2N) sum (Y_hat - Y)^2
        for m in modules[::-1]:
            delta = m.backward(delta)
        for m in modules:
            m.sgd_step(eta)
        spread.append(hidden_unit_spread(_params(lin1, lin2)))
    return {"spread": spread, "params": _params(lin1, lin2)}
