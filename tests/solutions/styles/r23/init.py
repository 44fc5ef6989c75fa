"""Initialisation the UFLDL way: W = rand(n_in, n_out) * 2 * r - r for uniform draws
(UFLDL's initializeParameters), std * randn(n_in, n_out) for normal ones, with the
stub's fans; the symmetry demo is UFLDL's cost-and-gradient loop, one example per column.
"""

import numpy as np


def _fan(n_in, n_out, mode):
    return {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2.0}[mode]


def _randn(rng, n_in, n_out, std):
    return std * rng.standard_normal((n_in, n_out))


def _rand(rng, n_in, n_out, r):
    # rand * 2 * r - r is uniform on [-r, r): the same draws as rng.uniform(-r, r)
    return rng.random((n_in, n_out)) * 2 * r - r


def he_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(2.0 / _fan(n_in, n_out, mode))
    return _randn(rng, n_in, n_out, std), std


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    r = np.sqrt(6.0 / _fan(n_in, n_out, mode))
    return _rand(rng, n_in, n_out, r), r


def xavier_normal(n_in, n_out, rng, mode="average"):
    std = np.sqrt(1.0 / _fan(n_in, n_out, mode))
    return _randn(rng, n_in, n_out, std), std


def xavier_uniform(n_in, n_out, rng, mode="average"):
    r = np.sqrt(3.0 / _fan(n_in, n_out, mode))
    return _rand(rng, n_in, n_out, r), r


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(1.0 / _fan(n_in, n_out, mode))
    return _randn(rng, n_in, n_out, std), std


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    r = np.sqrt(3.0 / _fan(n_in, n_out, mode))
    return _rand(rng, n_in, n_out, r), r


def zeros(n_in, n_out):
    return np.zeros((n_in, n_out))


def hidden_unit_spread(params):
    """max |W1(:, j) - W1(:, 1)|, |b1(j) - b1(1)|, |W2(j, :) - W2(1, :)| over hidden units j."""
    W1 = np.asarray(params["W1"], dtype=np.float64)
    b1 = np.asarray(params["b1"], dtype=np.float64)
    W2 = np.asarray(params["W2"], dtype=np.float64)
    h = W1.shape[1]
    d_in = np.abs(W1 - np.tile(W1[:, :1], (1, h)))
    d_b = np.abs(b1 - b1[0])
    d_out = np.abs(W2 - np.tile(W2[:1, :], (h, 1)))
    return float(max(d_in.max(initial=0.0), d_b.max(initial=0.0), d_out.max(initial=0.0)))


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    """UFLDL's forward, delta3 = -(y - a3), delta2 = (W2' * delta3) .* a2 .* (1 - a2), (1/m) grads."""
    data = np.asarray(X, dtype=np.float64).T        # (d, m)
    y = np.asarray(Y, dtype=np.float64).T           # (k, m)
    d, m = data.shape
    k = y.shape[0]
    # UFLDL layout inside: W1 (hidden, visible), W2 (k, hidden)
    W1 = np.full((n_hidden, d), float(value))
    W2 = np.full((k, n_hidden), float(value))
    b1 = np.zeros((n_hidden, 1))
    b2 = np.zeros((k, 1))

    def as_params():
        return {"W1": W1.T.copy(), "b1": b1.ravel().copy(), "W2": W2.T.copy(), "b2": b2.ravel().copy()}

    spread = [hidden_unit_spread(as_params())]
    for _ in range(steps):
        a2 = _sigmoid(W1 @ data + np.tile(b1, (1, m)))
        a3 = W2 @ a2 + np.tile(b2, (1, m))
        delta3 = -(y - a3)
        delta2 = (W2.T @ delta3) * a2 * (1 - a2)
        W2 = W2 - eta * (1.0 / m) * (delta3 @ a2.T)
        b2 = b2 - eta * (1.0 / m) * np.sum(delta3, axis=1, keepdims=True)
        W1 = W1 - eta * (1.0 / m) * (delta2 @ data.T)
        b1 = b1 - eta * (1.0 / m) * np.sum(delta2, axis=1, keepdims=True)
        spread.append(hidden_unit_spread(as_params()))
    return {"spread": spread, "params": as_params()}
