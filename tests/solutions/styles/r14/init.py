"""Initialisers from one table of fans and gains (r14 style); rng.normal(0, std) draws what std * standard_normal does."""

import math

import numpy as np

_FAN = {
    "fan_in": lambda n_in, n_out: n_in,
    "fan_out": lambda n_in, n_out: n_out,
    "average": lambda n_in, n_out: (n_in + n_out) / 2,
}


def _scale(gain, n_in, n_out, mode):
    return math.sqrt(gain / _FAN[mode](n_in, n_out))


def _normal(gain, n_in, n_out, rng, mode):
    std = _scale(gain, n_in, n_out, mode)
    return rng.normal(0.0, std, size=(n_in, n_out)), std


def _uniform(gain, n_in, n_out, rng, mode):
    limit = _scale(3 * gain, n_in, n_out, mode)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(2.0, n_in, n_out, rng, mode)


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(2.0, n_in, n_out, rng, mode)


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _normal(1.0, n_in, n_out, rng, mode)


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _uniform(1.0, n_in, n_out, rng, mode)


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(1.0, n_in, n_out, rng, mode)


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(1.0, n_in, n_out, rng, mode)


def zeros(n_in, n_out):
    return np.full((n_in, n_out), 0.0)


def hidden_unit_spread(params):
    W1, b1, W2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2"))
    parts = [np.abs(W1 - W1[:, :1]), np.abs(b1 - b1[0]), np.abs(W2 - W2[:1, :])]
    return float(max((p.max() for p in parts if p.size), default=0.0))


def _sig(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    n = X.shape[0]
    p = {
        "W1": np.full((X.shape[1], n_hidden), float(value)),
        "b1": np.zeros(n_hidden),
        "W2": np.full((n_hidden, Y.shape[1]), float(value)),
        "b2": np.zeros(Y.shape[1]),
    }
    spread = [hidden_unit_spread(p)]
    for _ in range(steps):
        H = _sig(X @ p["W1"] + p["b1"])
        D2 = (H @ p["W2"] + p["b2"] - Y) / n
        D1 = (D2 @ p["W2"].T) * H * (1 - H)
        g = {"W2": H.T @ D2, "b2": D2.sum(0), "W1": X.T @ D1, "b1": D1.sum(0)}
        p = {k: p[k] - eta * g[k] for k in p}
        spread.append(hidden_unit_spread(p))
    return {"spread": spread, "params": p}
