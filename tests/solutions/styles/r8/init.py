"""Initialisation, r8 style: an initialiser factory of closures (as torch.nn.init's calculate_gain/fan helpers), math for scalars."""

import functools
import math

import numpy as np

_FANS = {
    "fan_in": lambda n_in, n_out: n_in,
    "fan_out": lambda n_in, n_out: n_out,
    "average": lambda n_in, n_out: (n_in + n_out) / 2.0,
}


def _make_init(gain_sq, uniform):
    """An init function: scale = sqrt(gain_sq / fan); uniform draws in [-sqrt(3) scale, sqrt(3) scale]."""

    def init(n_in, n_out, rng, mode):
        fan = _FANS[mode](n_in, n_out)
        if uniform:
            limit = math.sqrt(3.0 * gain_sq / fan)
            return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
        std = math.sqrt(gain_sq / fan)
        return std * rng.standard_normal((n_in, n_out)), std

    return init


_he_normal = _make_init(2.0, uniform=False)
_he_uniform = _make_init(2.0, uniform=True)
_unit_normal = _make_init(1.0, uniform=False)
_unit_uniform = _make_init(1.0, uniform=True)


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _he_normal(n_in, n_out, rng, mode)


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _he_uniform(n_in, n_out, rng, mode)


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _unit_normal(n_in, n_out, rng, mode)


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _unit_uniform(n_in, n_out, rng, mode)


def zeros(n_in, n_out):
    return np.zeros((n_in, n_out), dtype=np.float64)


def hidden_unit_spread(params):
    W1 = np.asarray(params["W1"], dtype=np.float64)
    b1 = np.asarray(params["b1"], dtype=np.float64)
    W2 = np.asarray(params["W2"], dtype=np.float64)

    def unit_gap(j):
        return max(np.max(np.abs(W1[:, j] - W1[:, 0]), initial=0.0),
                   abs(b1[j] - b1[0]),
                   np.max(np.abs(W2[j, :] - W2[0, :]), initial=0.0))

    return float(functools.reduce(max, (unit_gap(j) for j in range(W1.shape[1])), 0.0))


class _TinyNet:
    """sigmoid hidden layer, identity output, trained on 1/(2N) sum (Y_hat - Y)^2."""

    def __init__(self, d, k, n_hidden, value):
        self.params = {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
                       "W2": np.full((n_hidden, k), float(value)), "b2": np.zeros(k)}

    def step(self, X, Y, eta):
        p = self.params
        Z1 = np.matmul(X, p["W1"]) + p["b1"]
        H = 0.5 * (1.0 + np.tanh(0.5 * Z1))
        out = np.matmul(H, p["W2"]) + p["b2"]
        g_out = (out - Y) / X.shape[0]
        g_Z1 = np.matmul(g_out, p["W2"].T) * H * (1.0 - H)
        grads = {"W1": np.matmul(X.T, g_Z1), "b1": g_Z1.sum(axis=0),
                 "W2": np.matmul(H.T, g_out), "b2": g_out.sum(axis=0)}
        self.params = {key: p[key] - eta * grads[key] for key in p}


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    net = _TinyNet(X.shape[1], Y.shape[1], n_hidden, value)
    spread = [hidden_unit_spread(net.params)]
    for _ in range(steps):
        net.step(X, Y, eta)
        spread.append(hidden_unit_spread(net.params))
    return {"spread": spread, "params": net.params}


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    return _unit_normal(n_in, n_out, rng, mode)


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    return _unit_uniform(n_in, n_out, rng, mode)
