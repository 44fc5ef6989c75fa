"""Initialisers as Geron's 'Hands-On Machine Learning' (ch. 11) presents Keras' VarianceScaling: a scale
(2 for He, 1 for Glorot and LeCun), a mode fan_in / fan_out / fan_avg, normal with std = sqrt(scale / fan)
or uniform with limit = sqrt(3 * scale / fan). The symmetry demo is a small estimator-style training loop
(n_epochs, eta, m instances) with the gradients of the stub's MSE."""

import copy

import numpy as np

_FAN = {"fan_in": lambda fan_in, fan_out: fan_in,
        "fan_out": lambda fan_in, fan_out: fan_out,
        "average": lambda fan_in, fan_out: (fan_in + fan_out) / 2}


def _variance_scaling(n_in, n_out, rng, scale, mode, distribution):
    fan = _FAN[mode](n_in, n_out)
    if distribution == "normal":
        std = np.sqrt(scale / fan)
        return std * rng.standard_normal((n_in, n_out)), std
    limit = np.sqrt(3 * scale / fan)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _variance_scaling(n_in, n_out, rng, 2.0, mode, "normal")


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _variance_scaling(n_in, n_out, rng, 2.0, mode, "uniform")


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _variance_scaling(n_in, n_out, rng, 1.0, mode, "normal")


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _variance_scaling(n_in, n_out, rng, 1.0, mode, "uniform")


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    return _variance_scaling(n_in, n_out, rng, 1.0, mode, "normal")


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    return _variance_scaling(n_in, n_out, rng, 1.0, mode, "uniform")


def zeros(n_in, n_out):
    return np.zeros((n_in, n_out))


def hidden_unit_spread(params):
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    if W1.shape[1] == 0:
        return 0.0
    spread = max(np.abs(W1 - W1[:, :1]).max(initial=0.0),
                 np.abs(b1 - b1[0]).max(initial=0.0),
                 np.abs(W2 - W2[:1, :]).max(initial=0.0))
    return float(spread)


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    m, n_features = X.shape
    n_outputs = Y.shape[1]
    params = {"W1": np.full((n_features, n_hidden), float(value)), "b1": np.zeros(n_hidden),
              "W2": np.full((n_hidden, n_outputs), float(value)), "b2": np.zeros(n_outputs)}
    spread = [hidden_unit_spread(params)]
    for epoch in range(steps):
        H = _sigmoid(X @ params["W1"] + params["b1"])
        Y_pred = H @ params["W2"] + params["b2"]
        dY = (Y_pred - Y) / m                      # the stub's 1/(2m) MSE: no factor 2
        dH = dY @ params["W2"].T * H * (1 - H)
        gradients = {"W2": H.T @ dY, "b2": dY.sum(axis=0), "W1": X.T @ dH, "b1": dH.sum(axis=0)}
        params = {k: params[k] - eta * gradients[k] for k in params}
        spread.append(hidden_unit_spread(params))
    return {"spread": spread, "params": copy.deepcopy(params)}
