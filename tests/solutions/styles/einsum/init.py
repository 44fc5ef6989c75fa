"""Initialisers with a table of fans (einsum style)."""

import numpy as np


def _fan(n_in, n_out, mode):
    return {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2.0}[mode]


def he_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(2.0 / _fan(n_in, n_out, mode))
    return np.einsum("ij,->ij", rng.standard_normal((n_in, n_out)), std), float(std)


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    limit = np.sqrt(6.0 / _fan(n_in, n_out, mode))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), float(limit)


def xavier_normal(n_in, n_out, rng, mode="average"):
    std = np.sqrt(1.0 / _fan(n_in, n_out, mode))
    return np.einsum("ij,->ij", rng.standard_normal((n_in, n_out)), std), float(std)


def xavier_uniform(n_in, n_out, rng, mode="average"):
    limit = np.sqrt(3.0 / _fan(n_in, n_out, mode))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), float(limit)


def zeros(n_in, n_out):
    return np.einsum("i,j->ij", np.zeros(n_in), np.zeros(n_out))


def hidden_unit_spread(params):
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    return float(max(np.abs(W1 - W1[:, [0]]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[[0], :]).max()))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    d, k = X.shape[1], Y.shape[1]
    p = {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
         "W2": np.full((n_hidden, k), float(value)), "b2": np.zeros(k)}
    spread = [hidden_unit_spread(p)]
    for _ in range(steps):
        H = 1 / (1 + np.exp(-(np.einsum("nd,dh->nh", X, p["W1"]) + p["b1"])))
        d_out = (np.einsum("nh,hk->nk", H, p["W2"]) + p["b2"] - Y) / len(X)
        d_hidden = np.einsum("nk,hk->nh", d_out, p["W2"]) * H * (1 - H)
        grads = {"W1": np.einsum("nd,nh->dh", X, d_hidden), "b1": d_hidden.sum(axis=0),
                 "W2": np.einsum("nh,nk->hk", H, d_out), "b2": d_out.sum(axis=0)}
        p = {key: p[key] - eta * grads[key] for key in p}
        spread.append(hidden_unit_spread(p))
    return {"spread": spread, "params": p}


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(1.0 / _fan(n_in, n_out, mode))
    return std * rng.standard_normal((n_in, n_out)), float(std)


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    limit = np.sqrt(3.0 / _fan(n_in, n_out, mode))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), float(limit)
