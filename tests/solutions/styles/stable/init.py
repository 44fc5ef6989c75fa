"""Initialisers with rng.normal(0, std) and a scale computed in log space (stable style)."""

import numpy as np


def _fan(n_in, n_out, mode):
    if mode == "fan_out":
        return float(n_out)
    if mode == "average":
        return 0.5 * (n_in + n_out)
    return float(n_in)


def he_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(2.0 / _fan(n_in, n_out, mode))
    return rng.normal(0.0, std, size=(n_in, n_out)), std


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    limit = np.sqrt(6.0 / _fan(n_in, n_out, mode))
    return rng.uniform(low=-limit, high=limit, size=(n_in, n_out)), limit


def xavier_normal(n_in, n_out, rng, mode="average"):
    std = np.sqrt(1.0 / _fan(n_in, n_out, mode))
    return rng.normal(0.0, std, size=(n_in, n_out)), std


def xavier_uniform(n_in, n_out, rng, mode="average"):
    limit = np.sqrt(3.0 / _fan(n_in, n_out, mode))
    return rng.uniform(low=-limit, high=limit, size=(n_in, n_out)), limit


def zeros(n_in, n_out):
    return np.zeros((n_in, n_out))


def hidden_unit_spread(params):
    W1, b1, W2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2"))
    # every unit against unit 0: the largest gap between any unit and the first
    return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1]).max()))


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X, Y = np.asarray(X, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    params = {"W1": np.full((X.shape[1], n_hidden), float(value)), "b1": np.zeros(n_hidden),
              "W2": np.full((n_hidden, Y.shape[1]), float(value)), "b2": np.zeros(Y.shape[1])}
    spread = [hidden_unit_spread(params)]
    for _ in range(steps):
        H = _sigmoid(X @ params["W1"] + params["b1"])
        d_out = (H @ params["W2"] + params["b2"] - Y) / X.shape[0]
        d_hidden = (d_out @ params["W2"].T) * H * (1.0 - H)
        grads = {"W1": X.T @ d_hidden, "b1": d_hidden.sum(axis=0), "W2": H.T @ d_out, "b2": d_out.sum(axis=0)}
        params = {key: value - eta * grads[key] for key, value in params.items()}
        spread.append(hidden_unit_spread(params))
    return {"spread": spread, "params": params}


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    std = 1.0 / np.sqrt(_fan(n_in, n_out, mode))
    return std * rng.standard_normal((n_in, n_out)), float(std)


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    limit = np.sqrt(3.0) / np.sqrt(_fan(n_in, n_out, mode))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), float(limit)
