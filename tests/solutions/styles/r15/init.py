"""Initialisers built from one table of fan rules and math scalars; the normal
draws go through rng.normal(0, std, ...) (the same stream as std * standard_normal),
the uniform ones through rng.uniform; the symmetry demo as a small class."""

import math

import numpy as np

_FANS = {
    "fan_in": lambda n_in, n_out: n_in,
    "fan_out": lambda n_in, n_out: n_out,
    "average": lambda n_in, n_out: (n_in + n_out) / 2.0,
}


def _scale(gain, n_in, n_out, mode):
    return math.sqrt(gain / _FANS[mode](n_in, n_out))


def _normal(n_in, n_out, rng, std):
    return rng.normal(0.0, std, size=(n_in, n_out)), std


def _uniform(n_in, n_out, rng, limit):
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(n_in, n_out, rng, _scale(2.0, n_in, n_out, mode))


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(n_in, n_out, rng, _scale(6.0, n_in, n_out, mode))


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _normal(n_in, n_out, rng, _scale(1.0, n_in, n_out, mode))


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _uniform(n_in, n_out, rng, _scale(3.0, n_in, n_out, mode))


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(n_in, n_out, rng, _scale(1.0, n_in, n_out, mode))


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(n_in, n_out, rng, _scale(3.0, n_in, n_out, mode))


def zeros(n_in, n_out):
    return np.zeros((n_in, n_out))


def hidden_unit_spread(params):
    W1, b1, W2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2"))
    spread = 0.0
    for j in range(1, W1.shape[1]):
        spread = max(spread,
                     float(np.max(np.abs(W1[:, j] - W1[:, 0]), initial=0.0)),
                     abs(float(b1[j] - b1[0])),
                     float(np.max(np.abs(W2[j, :] - W2[0, :]), initial=0.0)))
    return spread


class _TwoLayerNet:
    def __init__(self, d, h, k, value):
        self.p = {"W1": np.full((d, h), float(value)), "b1": np.zeros(h),
                  "W2": np.full((h, k), float(value)), "b2": np.zeros(k)}

    def step(self, X, Y, eta):
        p = self.p
        A1 = 1.0 / (1.0 + np.exp(-(X @ p["W1"] + p["b1"])))
        dY = (A1 @ p["W2"] + p["b2"] - Y) / X.shape[0]
        dZ1 = (dY @ p["W2"].T) * A1 * (1.0 - A1)
        grads = {"W2": A1.T @ dY, "b2": dY.sum(0), "W1": X.T @ dZ1, "b1": dZ1.sum(0)}
        self.p = {k: v - eta * grads[k] for k, v in p.items()}


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    net = _TwoLayerNet(X.shape[1], n_hidden, Y.shape[1], value)
    spread = [hidden_unit_spread(net.p)]
    for _ in range(steps):
        net.step(X, Y, eta)
        spread.append(hidden_unit_spread(net.p))
    return {"spread": spread, "params": net.p}
