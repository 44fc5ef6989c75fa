"""A correct student solution of exercises/init.py: functools.partial over one drawing routine, a fan table."""

from functools import partial

import numpy as np

_FAN = {
    "fan_in": lambda n_in, n_out: n_in,
    "fan_out": lambda n_in, n_out: n_out,
    "average": lambda n_in, n_out: (n_in + n_out) / 2.0,
}


def _draw(gain, kind, n_in, n_out, rng, mode="fan_in"):
    fan = _FAN[mode](n_in, n_out)
    if kind == "normal":
        std = np.sqrt(gain / fan)
        return std * rng.standard_normal((n_in, n_out)), std
    limit = np.sqrt(3.0 * gain / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _draw(2.0, "normal", n_in, n_out, rng, mode)


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _draw(2.0, "uniform", n_in, n_out, rng, mode)


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _draw(1.0, "normal", n_in, n_out, rng, mode)


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _draw(1.0, "uniform", n_in, n_out, rng, mode)


lecun_normal = partial(_draw, 1.0, "normal")
lecun_uniform = partial(_draw, 1.0, "uniform")


def zeros(n_in, n_out):
    return np.full((n_in, n_out), 0.0)


def hidden_unit_spread(params):
    W1 = np.asarray(params["W1"], dtype=np.float64)
    b1 = np.asarray(params["b1"], dtype=np.float64)
    W2 = np.asarray(params["W2"], dtype=np.float64)
    parts = [np.abs(W1 - W1[:, :1]), np.abs(b1 - b1[0]), np.abs(W2 - W2[:1, :])]
    return float(max((p.max() for p in parts if p.size), default=0.0))


def _sig(z):
    return np.exp(-np.logaddexp(0.0, -z))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    N = X.shape[0]
    p = {
        "W1": np.full((X.shape[1], n_hidden), float(value)),
        "b1": np.zeros(n_hidden),
        "W2": np.full((n_hidden, Y.shape[1]), float(value)),
        "b2": np.zeros(Y.shape[1]),
    }
    spread = [hidden_unit_spread(p)]
    for _ in range(steps):
        H = _sig(np.einsum("nd,dh->nh", X, p["W1"]) + p["b1"])
        E = (np.einsum("nh,hk->nk", H, p["W2"]) + p["b2"] - Y) / N
        dH = np.einsum("nk,hk->nh", E, p["W2"]) * H * (1.0 - H)
        g = {"W2": np.einsum("nh,nk->hk", H, E), "b2": E.sum(0),
             "W1": np.einsum("nd,nh->dh", X, dH), "b1": dH.sum(0)}
        p = {k: p[k] - eta * g[k] for k in p}
        spread.append(hidden_unit_spread(p))
    return {"spread": spread, "params": p}
