"""Initialisers with np.float64 scales and np.multiply(out=) (scalars style)."""

import numpy as np


def _fan(n_in, n_out, mode):
    n_in, n_out = np.float64(n_in), np.float64(n_out)
    return {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / np.float64(2)}[mode]


def _normal(n_in, n_out, rng, std):
    W = rng.standard_normal((n_in, n_out))
    np.multiply(W, std, out=W)
    return W, np.float64(std)


def _uniform(n_in, n_out, rng, limit):
    return rng.uniform(-limit, limit, size=(n_in, n_out)), np.float64(limit)


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(n_in, n_out, rng, np.sqrt(np.float64(2) / _fan(n_in, n_out, mode)))


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(n_in, n_out, rng, np.sqrt(np.float64(6) / _fan(n_in, n_out, mode)))


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _normal(n_in, n_out, rng, np.sqrt(np.float64(1) / _fan(n_in, n_out, mode)))


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _uniform(n_in, n_out, rng, np.sqrt(np.float64(3) / _fan(n_in, n_out, mode)))


def zeros(n_in, n_out):
    W = np.empty((n_in, n_out), dtype=np.float64)
    W.fill(np.float64(0))
    return W


def hidden_unit_spread(params):
    W1 = np.array(params["W1"], dtype=np.float64)
    b1 = np.array(params["b1"], dtype=np.float64)
    W2 = np.array(params["W2"], dtype=np.float64)
    np.subtract(W1, W1[:, :1].copy(), out=W1)
    np.subtract(b1, b1[0], out=b1)
    np.subtract(W2, W2[:1].copy(), out=W2)
    return float(max(np.abs(W1).max(), np.abs(b1).max(), np.abs(W2).max()))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    value, eta = np.float64(value), np.float64(eta)
    params = {"W1": np.full((X.shape[1], n_hidden), value), "b1": np.zeros(n_hidden),
              "W2": np.full((n_hidden, Y.shape[1]), value), "b2": np.zeros(Y.shape[1])}
    spread = [hidden_unit_spread(params)]
    for _ in range(steps):
        H = np.float64(1) / (np.float64(1) + np.exp(-(X @ params["W1"] + params["b1"])))
        d_out = (H @ params["W2"] + params["b2"] - Y) / np.float64(X.shape[0])
        d_hidden = (d_out @ params["W2"].T) * H * (np.float64(1) - H)
        grads = {"W1": X.T @ d_hidden, "b1": d_hidden.sum(axis=0), "W2": H.T @ d_out, "b2": d_out.sum(axis=0)}
        params = {key: params[key] - eta * grads[key] for key in params}
        spread.append(hidden_unit_spread(params))
    return {"spread": spread, "params": params}


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(n_in, n_out, rng, np.sqrt(np.float64(1) / _fan(n_in, n_out, mode)))


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(n_in, n_out, rng, np.sqrt(np.float64(3) / _fan(n_in, n_out, mode)))
