"""A correct solution of exercises/init.py, style r6: one table of fans, math for scales, einsum in the demo."""
import math

import numpy as np

_FAN = {
    "fan_in": lambda n_in, n_out: float(n_in),
    "fan_out": lambda n_in, n_out: float(n_out),
    "average": lambda n_in, n_out: (n_in + n_out) / 2.0,
}


def _normal(n_in, n_out, rng, variance_numerator, mode):
    std = math.sqrt(variance_numerator / _FAN[mode](n_in, n_out))
    return std * rng.standard_normal((n_in, n_out)), std


def _uniform(n_in, n_out, rng, limit_numerator, mode):
    limit = math.sqrt(limit_numerator / _FAN[mode](n_in, n_out))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(n_in, n_out, rng, 2.0, mode)


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(n_in, n_out, rng, 6.0, mode)


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _normal(n_in, n_out, rng, 1.0, mode)


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _uniform(n_in, n_out, rng, 3.0, mode)


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(n_in, n_out, rng, 1.0, mode)


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(n_in, n_out, rng, 3.0, mode)


def zeros(n_in, n_out):
    return np.zeros((n_in, n_out), dtype=np.float64)


def hidden_unit_spread(params):
    W1 = np.asarray(params["W1"], dtype=np.float64)
    b1 = np.asarray(params["b1"], dtype=np.float64)
    W2 = np.asarray(params["W2"], dtype=np.float64)
    parts = [np.abs(W1 - W1[:, :1]).max(initial=0.0),
             np.abs(b1 - b1[0]).max(initial=0.0),
             np.abs(W2 - W2[:1, :]).max(initial=0.0)]
    return float(max(parts))


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    N, d = X.shape
    k = Y.shape[1]
    p = {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
         "W2": np.full((n_hidden, k), float(value)), "b2": np.zeros(k)}
    spread = [hidden_unit_spread(p)]
    for _ in range(steps):
        H = _sigmoid(np.einsum("nd,dh->nh", X, p["W1"]) + p["b1"])
        Y_hat = np.einsum("nh,hk->nk", H, p["W2"]) + p["b2"]
        d2 = (Y_hat - Y) / N
        d1 = np.einsum("nk,hk->nh", d2, p["W2"]) * H * (1.0 - H)
        g = {"W2": np.einsum("nh,nk->hk", H, d2), "b2": d2.sum(0),
             "W1": np.einsum("nd,nh->dh", X, d1), "b1": d1.sum(0)}
        p = {key: p[key] - eta * g[key] for key in p}
        spread.append(hidden_unit_spread(p))
    return {"spread": spread, "params": p}
