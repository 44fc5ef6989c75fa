"""Correct solution of exercises/init.py, functional style: fan rules in a table, one drawing helper per distribution."""

import math

import numpy as np

FANS = {"fan_in": lambda n_in, n_out: n_in, "fan_out": lambda n_in, n_out: n_out,
        "average": lambda n_in, n_out: (n_in + n_out) / 2}


def _normal(n_in, n_out, rng, variance):
    std = math.sqrt(variance)
    return std * rng.standard_normal((n_in, n_out)), std


def _uniform(n_in, n_out, rng, variance):
    limit = math.sqrt(3.0 * variance)  # a uniform on [-l, l] has variance l^2 / 3
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(n_in, n_out, rng, 2.0 / FANS[mode](n_in, n_out))


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(n_in, n_out, rng, 2.0 / FANS[mode](n_in, n_out))


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _normal(n_in, n_out, rng, 1.0 / FANS[mode](n_in, n_out))


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _uniform(n_in, n_out, rng, 1.0 / FANS[mode](n_in, n_out))


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(n_in, n_out, rng, 1.0 / FANS[mode](n_in, n_out))


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(n_in, n_out, rng, 1.0 / FANS[mode](n_in, n_out))


def zeros(n_in, n_out):
    return np.zeros((n_in, n_out), dtype=np.float64)


def hidden_unit_spread(params):
    W1, b1, W2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2"))
    gaps = (W1 - W1[:, [0]], b1 - b1[0], W2 - W2[[0], :])
    return float(max(np.max(np.abs(g)) for g in gaps))


def _sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def _step(params, X, Y, eta):
    H = _sigmoid(X @ params["W1"] + params["b1"])
    d_out = (H @ params["W2"] + params["b2"] - Y) / X.shape[0]
    d_hid = (d_out @ params["W2"].T) * H * (1 - H)
    grads = {"W1": X.T @ d_hid, "b1": d_hid.sum(axis=0), "W2": H.T @ d_out, "b2": d_out.sum(axis=0)}
    return {k: v - eta * grads[k] for k, v in params.items()}


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X, Y = np.asarray(X, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    params = {"W1": np.full((X.shape[1], n_hidden), float(value)), "b1": np.zeros(n_hidden),
              "W2": np.full((n_hidden, Y.shape[1]), float(value)), "b2": np.zeros(Y.shape[1])}
    history = [params]
    for _ in range(steps):
        history.append(_step(history[-1], X, Y, eta))
    return {"spread": [hidden_unit_spread(p) for p in history], "params": history[-1]}
