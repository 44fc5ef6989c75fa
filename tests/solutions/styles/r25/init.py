"""Initialisation, written by an APL/J mind: the fan is one table lookup, the scale one formula of it; the
symmetry measures are first-axis reductions of differences from unit 0 (a row broadcast against the table).
"""

import numpy as np


def _fan(n_in, n_out, mode):
    return {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]


def _normal(n_in, n_out, rng, scale):
    return scale * rng.standard_normal((n_in, n_out)), scale


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
    W1, b1, W2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2"))
    # each table minus its unit-0 slice (kept as a slice so it broadcasts), then the largest |entry| of all three
    parts = [np.abs(W1 - W1[:, :1]), np.abs(b1 - b1[:1]), np.abs(W2 - W2[:1, :])]
    return float(np.maximum.reduce([np.maximum.reduce(p, axis=None, initial=0.0) for p in parts]))


def _sigmoid(Z):
    return np.exp(-np.logaddexp(0.0, -Z))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    n = X.shape[0]
    p = {"W1": np.full((X.shape[1], n_hidden), float(value)), "b1": np.zeros(n_hidden),
         "W2": np.full((n_hidden, Y.shape[1]), float(value)), "b2": np.zeros(Y.shape[1])}
    spread = [hidden_unit_spread(p)]
    for _ in range(steps):
        H = _sigmoid(np.dot(X, p["W1"]) + p["b1"])
        delta2 = (np.dot(H, p["W2"]) + p["b2"] - Y) / n
        delta1 = np.dot(delta2, p["W2"].T) * H * (1 - H)
        g = {"W2": np.dot(H.T, delta2), "b2": np.add.reduce(delta2, axis=0),
             "W1": np.dot(X.T, delta1), "b1": np.add.reduce(delta1, axis=0)}
        p = {k: p[k] - eta * g[k] for k in p}
        spread.append(hidden_unit_spread(p))
    return {"spread": spread, "params": p}
