"""Initialisation, r7 style: one fan table, scales from math.sqrt, the symmetry demo with @ and explicit loops over steps."""

import math

import numpy as np


def _fan(n_in, n_out, mode):
    fans = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2.0}
    if mode not in fans:
        raise ValueError(f"unknown mode {mode!r}")
    return float(fans[mode])


def _normal(n_in, n_out, rng, var_num, fan):
    std = math.sqrt(var_num / fan)
    return std * rng.standard_normal((n_in, n_out)), std


def _uniform(n_in, n_out, rng, lim_num, fan):
    limit = math.sqrt(lim_num / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(n_in, n_out, rng, 2.0, _fan(n_in, n_out, mode))


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(n_in, n_out, rng, 6.0, _fan(n_in, n_out, mode))


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _normal(n_in, n_out, rng, 1.0, _fan(n_in, n_out, mode))


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _uniform(n_in, n_out, rng, 3.0, _fan(n_in, n_out, mode))


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(n_in, n_out, rng, 1.0, _fan(n_in, n_out, mode))


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(n_in, n_out, rng, 3.0, _fan(n_in, n_out, mode))


def zeros(n_in, n_out):
    return np.zeros((n_in, n_out), dtype=np.float64)


def hidden_unit_spread(params):
    W1 = np.asarray(params["W1"], dtype=np.float64)
    b1 = np.asarray(params["b1"], dtype=np.float64).reshape(-1)
    W2 = np.asarray(params["W2"], dtype=np.float64)
    parts = [np.abs(W1 - W1[:, :1]).ravel(), np.abs(b1 - b1[0]).ravel(), np.abs(W2 - W2[:1, :]).ravel()]
    return float(max((p.max() for p in parts if p.size), default=0.0))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    n, d = X.shape
    k = Y.shape[1]
    W1 = np.full((d, n_hidden), value, dtype=np.float64)
    b1 = np.zeros(n_hidden)
    W2 = np.full((n_hidden, k), value, dtype=np.float64)
    b2 = np.zeros(k)

    def spread():
        return hidden_unit_spread({"W1": W1, "b1": b1, "W2": W2, "b2": b2})

    history = [spread()]
    for _ in range(steps):
        H = np.exp(-np.logaddexp(0.0, -(X @ W1 + b1)))
        Y_hat = H @ W2 + b2
        dY = (Y_hat - Y) / n
        dW2 = H.T @ dY
        db2 = dY.sum(axis=0)
        dZ1 = (dY @ W2.T) * H * (1.0 - H)
        dW1 = X.T @ dZ1
        db1 = dZ1.sum(axis=0)
        W1 = W1 - eta * dW1
        b1 = b1 - eta * db1
        W2 = W2 - eta * dW2
        b2 = b2 - eta * db2
        history.append(spread())
    return {"spread": history, "params": {"W1": W1, "b1": b1, "W2": W2, "b2": b2}}
