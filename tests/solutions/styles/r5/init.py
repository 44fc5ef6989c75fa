"""Correct solution, style r5: one fan table, math.sqrt for the scalars, rng.normal(0, std) for the normal draws."""

import math

import numpy as np


def _fan(n_in, n_out, mode):
    return {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]


def _normal(n_in, n_out, rng, std):
    return rng.normal(0.0, std, size=(n_in, n_out)), std


def _uniform(n_in, n_out, rng, limit):
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(n_in, n_out, rng, math.sqrt(2.0 / _fan(n_in, n_out, mode)))


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(n_in, n_out, rng, math.sqrt(6.0 / _fan(n_in, n_out, mode)))


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _normal(n_in, n_out, rng, math.sqrt(1.0 / _fan(n_in, n_out, mode)))


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _uniform(n_in, n_out, rng, math.sqrt(3.0 / _fan(n_in, n_out, mode)))


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(n_in, n_out, rng, math.sqrt(1.0 / _fan(n_in, n_out, mode)))


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(n_in, n_out, rng, math.sqrt(3.0 / _fan(n_in, n_out, mode)))


def zeros(n_in, n_out):
    return np.zeros((n_in, n_out), dtype=np.float64)


def hidden_unit_spread(params):
    W1, b1, W2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2"))
    spread = 0.0
    for j in range(1, W1.shape[1]):
        spread = max(spread, float(np.max(np.abs(W1[:, j] - W1[:, 0]), initial=0.0)),
                     abs(float(b1[j] - b1[0])), float(np.max(np.abs(W2[j] - W2[0]), initial=0.0)))
    return spread


class _SigmoidIdentityNet:
    """Sigmoid hidden layer, identity output, trained on L = 1/(2N) sum (Y_hat - Y)^2."""

    def __init__(self, d, n_hidden, k, value):
        self.params = {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
                       "W2": np.full((n_hidden, k), float(value)), "b2": np.zeros(k)}

    def step(self, X, Y, eta):
        p = self.params
        H = np.exp(-np.logaddexp(0.0, -(X @ p["W1"] + p["b1"])))
        d_out = (H @ p["W2"] + p["b2"] - Y) / X.shape[0]
        d_hid = (d_out @ p["W2"].T) * H * (1.0 - H)
        grads = {"W1": X.T @ d_hid, "b1": d_hid.sum(axis=0), "W2": H.T @ d_out, "b2": d_out.sum(axis=0)}
        self.params = {k: v - eta * grads[k] for k, v in p.items()}


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X, Y = np.asarray(X, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    net = _SigmoidIdentityNet(X.shape[1], n_hidden, Y.shape[1], value)
    spread = [hidden_unit_spread(net.params)]
    for _ in range(steps):
        net.step(X, Y, eta)
        spread.append(hidden_unit_spread(net.params))
    return {"spread": spread, "params": net.params}
