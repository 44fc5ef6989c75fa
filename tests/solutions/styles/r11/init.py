"""r11 style: init, with the fan rule in one table and the demo's sums in einsum."""

import math

import numpy as np

_FAN = {
    "fan_in": lambda n_in, n_out: n_in,
    "fan_out": lambda n_in, n_out: n_out,
    "average": lambda n_in, n_out: (n_in + n_out) / 2.0,
}


def _scale(numerator, n_in, n_out, mode):
    return math.sqrt(numerator / _FAN[mode](n_in, n_out))


def _normal(numerator, n_in, n_out, rng, mode):
    std = _scale(numerator, n_in, n_out, mode)
    W = rng.standard_normal((n_in, n_out))
    W *= std
    return W, std


def _uniform(numerator, n_in, n_out, rng, mode):
    limit = _scale(numerator, n_in, n_out, mode)
    return rng.uniform(low=-limit, high=limit, size=(n_in, n_out)), limit


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(2.0, n_in, n_out, rng, mode)


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(6.0, n_in, n_out, rng, mode)


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _normal(1.0, n_in, n_out, rng, mode)


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _uniform(3.0, n_in, n_out, rng, mode)


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(1.0, n_in, n_out, rng, mode)


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(3.0, n_in, n_out, rng, mode)


def zeros(n_in, n_out):
    return np.full((n_in, n_out), 0.0)


def hidden_unit_spread(params):
    W1 = np.asarray(params["W1"], dtype=float)
    b1 = np.asarray(params["b1"], dtype=float).reshape(-1)
    W2 = np.asarray(params["W2"], dtype=float)
    spread = 0.0
    for j in range(1, W1.shape[1]):
        spread = max(spread,
                     float(np.max(np.abs(W1[:, j] - W1[:, 0]), initial=0.0)),
                     abs(float(b1[j] - b1[0])),
                     float(np.max(np.abs(W2[j, :] - W2[0, :]), initial=0.0)))
    return spread


def _sigmoid(z):
    # tanh form: no overflow for any z
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    n, d = X.shape
    k = Y.shape[1]
    p = {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
         "W2": np.full((n_hidden, k), float(value)), "b2": np.zeros(k)}
    spread = [hidden_unit_spread(p)]
    for _ in range(steps):
        H = _sigmoid(np.einsum("nd,dh->nh", X, p["W1"]) + p["b1"])
        E = (np.einsum("nh,hk->nk", H, p["W2"]) + p["b2"] - Y) / n
        dZ1 = np.einsum("nk,hk->nh", E, p["W2"]) * H * (1.0 - H)
        grads = {"W2": np.einsum("nh,nk->hk", H, E), "b2": E.sum(axis=0),
                 "W1": np.einsum("nd,nh->dh", X, dZ1), "b1": dZ1.sum(axis=0)}
        p = {key: p[key] - eta * grads[key] for key in p}
        spread.append(hidden_unit_spread(p))
    return {"spread": spread, "params": p}
