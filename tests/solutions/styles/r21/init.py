"""Initialisation, written by a C/Julia-trained student: a fan table like a switch, preallocated buffers filled by index loops."""

import numpy as np

HE_GAIN = 2.0
XAVIER_GAIN = 1.0
LECUN_GAIN = 1.0
NORMAL_TO_UNIFORM = 3.0   # a uniform(-a, a) has variance a^2 / 3


def _fan(n_in, n_out, mode):
    if mode == "fan_in":
        return float(n_in)
    if mode == "fan_out":
        return float(n_out)
    if mode == "average":
        return (n_in + n_out) / 2.0
    raise ValueError(f"unknown mode {mode!r}")


def _normal(n_in, n_out, rng, gain, mode):
    std = float(np.sqrt(gain / _fan(n_in, n_out, mode)))
    return std * rng.standard_normal((n_in, n_out)), std


def _uniform(n_in, n_out, rng, gain, mode):
    limit = float(np.sqrt(NORMAL_TO_UNIFORM * gain / _fan(n_in, n_out, mode)))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(n_in, n_out, rng, HE_GAIN, mode)


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(n_in, n_out, rng, HE_GAIN, mode)


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _normal(n_in, n_out, rng, XAVIER_GAIN, mode)


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _uniform(n_in, n_out, rng, XAVIER_GAIN, mode)


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(n_in, n_out, rng, LECUN_GAIN, mode)


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(n_in, n_out, rng, LECUN_GAIN, mode)


def zeros(n_in, n_out):
    return np.zeros((n_in, n_out), dtype=np.float64)


def hidden_unit_spread(params):
    W1 = np.asarray(params["W1"], dtype=np.float64)
    b1 = np.asarray(params["b1"], dtype=np.float64)
    W2 = np.asarray(params["W2"], dtype=np.float64)
    spread = 0.0
    for j in range(W1.shape[1]):
        spread = max(spread,
                     float(np.max(np.abs(W1[:, j] - W1[:, 0]), initial=0.0)),
                     abs(float(b1[j] - b1[0])),
                     float(np.max(np.abs(W2[j, :] - W2[0, :]), initial=0.0)))
    return spread


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _gd_step_bang(params, X, Y, eta):
    """One full-batch step, updating params in place (Julia's train!)."""
    N = X.shape[0]
    A1 = _sigmoid(X @ params["W1"] + params["b1"])
    dY = (A1 @ params["W2"] + params["b2"] - Y) / N
    dZ1 = (dY @ params["W2"].T) * A1 * (1.0 - A1)
    params["W2"] -= eta * (A1.T @ dY)
    params["b2"] -= eta * dY.sum(axis=0)
    params["W1"] -= eta * (X.T @ dZ1)
    params["b1"] -= eta * dZ1.sum(axis=0)


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    params = {
        "W1": np.full((X.shape[1], n_hidden), float(value)),
        "b1": np.zeros(n_hidden),
        "W2": np.full((n_hidden, Y.shape[1]), float(value)),
        "b2": np.zeros(Y.shape[1]),
    }
    spread = [hidden_unit_spread(params)]
    for _ in range(steps):
        _gd_step_bang(params, X, Y, eta)
        spread.append(hidden_unit_spread(params))
    return {"spread": spread, "params": params}
