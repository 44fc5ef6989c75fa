"""Initialisation as a choice of variance (r24 style: a physicist after Mehta et al.).

Each weight is an independent random coupling of zero mean whose variance
sigma^2 = gain / fan keeps the local field's variance of order one as it
passes through a layer: gain 2 for ReLU (He), 1 for tanh/sigmoid (Xavier,
LeCun). A uniform coupling on [-L, L] has variance L^2 / 3, so L = sqrt(3 sigma^2).
The symmetry demo is the mean-field trap: identical hidden units feel
identical forces and move together for ever.
"""

import numpy as np


def _fan(n_in, n_out, mode):
    return {"fan_in": n_in, "fan_out": n_out, "average": 0.5 * (n_in + n_out)}[mode]


def _gauss_couplings(n_in, n_out, rng, variance):
    sigma = np.sqrt(variance)
    return sigma * rng.standard_normal((n_in, n_out)), sigma


def _box_couplings(n_in, n_out, rng, variance):
    L = np.sqrt(3.0 * variance)
    return rng.uniform(-L, L, size=(n_in, n_out)), L


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _gauss_couplings(n_in, n_out, rng, 2.0 / _fan(n_in, n_out, mode))


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _box_couplings(n_in, n_out, rng, 2.0 / _fan(n_in, n_out, mode))


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _gauss_couplings(n_in, n_out, rng, 1.0 / _fan(n_in, n_out, mode))


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _box_couplings(n_in, n_out, rng, 1.0 / _fan(n_in, n_out, mode))


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    return _gauss_couplings(n_in, n_out, rng, 1.0 / _fan(n_in, n_out, mode))


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    return _box_couplings(n_in, n_out, rng, 1.0 / _fan(n_in, n_out, mode))


def zeros(n_in, n_out):
    return np.zeros((n_in, n_out))


def hidden_unit_spread(params):
    W1, b1, W2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2"))
    return float(max(np.max(np.abs(W1 - W1[:, :1]), initial=0.0),
                     np.max(np.abs(b1 - b1[0]), initial=0.0),
                     np.max(np.abs(W2 - W2[:1, :]), initial=0.0)))


def _fermi_of_field(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    N, d = X.shape
    k = Y.shape[1]
    params = {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
              "W2": np.full((n_hidden, k), float(value)), "b2": np.zeros(k)}
    spread = [hidden_unit_spread(params)]
    for _ in range(steps):
        h = _fermi_of_field(X @ params["W1"] + params["b1"])
        residual = (h @ params["W2"] + params["b2"] - Y) / N  # force of the mean harmonic energy
        delta = (residual @ params["W2"].T) * h * (1.0 - h)
        forces = {"W2": h.T @ residual, "b2": residual.sum(axis=0),
                  "W1": X.T @ delta, "b1": delta.sum(axis=0)}
        params = {key: params[key] - eta * forces[key] for key in params}
        spread.append(hidden_unit_spread(params))
    return {"spread": spread, "params": params}
