"""Initialisers in a JAX-like functional style: one fan table, scale functions composed
with a sampler; rng.normal(0, std) draws the same stream as std * standard_normal."""

import math

import numpy as np


def _fan(n_in, n_out, mode):
    table = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2.0}
    if mode not in table:
        raise ValueError(f"unknown mode {mode!r}")
    return table[mode]


def _normal(gain):
    def init(n_in, n_out, rng, mode):
        std = math.sqrt(gain / _fan(n_in, n_out, mode))
        return rng.normal(0.0, std, size=(n_in, n_out)), std
    return init


def _uniform(gain):
    def init(n_in, n_out, rng, mode):
        limit = math.sqrt(3.0 * gain / _fan(n_in, n_out, mode))
        return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
    return init


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(2.0)(n_in, n_out, rng, mode)


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(2.0)(n_in, n_out, rng, mode)


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _normal(1.0)(n_in, n_out, rng, mode)


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _uniform(1.0)(n_in, n_out, rng, mode)


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(1.0)(n_in, n_out, rng, mode)


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(1.0)(n_in, n_out, rng, mode)


def zeros(n_in, n_out):
    return np.zeros((n_in, n_out))


def hidden_unit_spread(params):
    W1 = np.asarray(params["W1"], dtype=np.float64)
    b1 = np.asarray(params["b1"], dtype=np.float64)
    W2 = np.asarray(params["W2"], dtype=np.float64)
    spread = 0.0
    for j in range(1, W1.shape[1]):
        spread = max(spread,
                     float(np.abs(W1[:, j] - W1[:, 0]).max(initial=0.0)),
                     abs(float(b1[j] - b1[0])),
                     float(np.abs(W2[j, :] - W2[0, :]).max(initial=0.0)))
    return spread


def _sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    n, d = X.shape
    k = Y.shape[1]
    p = {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
         "W2": np.full((n_hidden, k), float(value)), "b2": np.zeros(k)}
    spread = [hidden_unit_spread(p)]
    for _ in range(steps):
        H = _sigmoid(X @ p["W1"] + p["b1"])
        err = (H @ p["W2"] + p["b2"] - Y) / n          # dL/dY_hat for L = 1/(2N) sum (Y_hat - Y)^2
        dH = err @ p["W2"].T * H * (1.0 - H)
        grads = {"W2": H.T @ err, "b2": err.sum(axis=0), "W1": X.T @ dH, "b1": dH.sum(axis=0)}
        p = {key: p[key] - eta * grads[key] for key in p}
        spread.append(hidden_unit_spread(p))
    return {"spread": spread, "params": p}
