"""Initialisation in another style: one fan table and one drawing helper for the six initialisers, a loop-built demo."""

import math

import numpy as np

_FAN = {
    "fan_in": lambda n_in, n_out: n_in,
    "fan_out": lambda n_in, n_out: n_out,
    "average": lambda n_in, n_out: (n_in + n_out) / 2.0,
}


def _scaled(gain, uniform, n_in, n_out, rng, mode):
    # gain / fan is the variance (normal) or limit^2 (uniform)
    scale = math.sqrt(gain / _FAN[mode](n_in, n_out))
    if uniform:
        return rng.uniform(-scale, scale, size=(n_in, n_out)), scale
    draw = rng.standard_normal((n_in, n_out))
    draw *= scale  # in place on the fresh draw
    return draw, scale


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _scaled(2.0, False, n_in, n_out, rng, mode)


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _scaled(6.0, True, n_in, n_out, rng, mode)


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _scaled(1.0, False, n_in, n_out, rng, mode)


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _scaled(3.0, True, n_in, n_out, rng, mode)


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    return _scaled(1.0, False, n_in, n_out, rng, mode)


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    return _scaled(3.0, True, n_in, n_out, rng, mode)


def zeros(n_in, n_out):
    return np.full((n_in, n_out), 0.0)


def hidden_unit_spread(params):
    W1, b1, W2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2"))
    worst = 0.0
    for j in range(W1.shape[1]):
        worst = max(worst,
                    float(np.max(np.abs(W1[:, j] - W1[:, 0]), initial=0.0)),
                    abs(float(b1[j] - b1[0])),
                    float(np.max(np.abs(W2[j, :] - W2[0, :]), initial=0.0)))
    return worst


def _sigmoid(z):
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    n = X.shape[0]
    params = {"W1": np.full((X.shape[1], n_hidden), float(value)), "b1": np.zeros(n_hidden),
              "W2": np.full((n_hidden, Y.shape[1]), float(value)), "b2": np.zeros(Y.shape[1])}
    spread = [hidden_unit_spread(params)]
    for _ in range(steps):
        H = _sigmoid(X @ params["W1"] + params["b1"])
        err = (H @ params["W2"] + params["b2"] - Y) / n  # dL/dY_hat for L = 1/(2N) sum (Y_hat - Y)^2
        dH = (err @ params["W2"].T) * H * (1.0 - H)
        grads = {"W2": H.T @ err, "b2": err.sum(axis=0), "W1": X.T @ dH, "b1": dH.sum(axis=0)}
        params = {k: params[k] - eta * grads[k] for k in params}
        spread.append(hidden_unit_spread(params))
    return {"spread": spread, "params": params}
