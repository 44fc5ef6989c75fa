"""Correct solution of exercises/init.py, r4 style: one Initializer class (distribution x fan rule), math for scalars, the demo as a tiny 2-layer model class."""

import math

import numpy as np

FANS = {
    "fan_in": lambda n_in, n_out: n_in,
    "fan_out": lambda n_in, n_out: n_out,
    "average": lambda n_in, n_out: (n_in + n_out) / 2,
}


class Initializer:
    """gain / fan is the variance; normal draws std * N(0, 1), uniform draws U(-limit, limit) with limit = sqrt(3) std."""

    def __init__(self, gain, uniform):
        self.gain, self.uniform = gain, uniform

    def __call__(self, n_in, n_out, rng, mode):
        std = math.sqrt(self.gain / FANS[mode](n_in, n_out))
        if self.uniform:
            limit = math.sqrt(3.0 * self.gain / FANS[mode](n_in, n_out))
            return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
        return std * rng.standard_normal((n_in, n_out)), std


_HE_N, _HE_U = Initializer(2.0, False), Initializer(2.0, True)
_GLOROT_N, _GLOROT_U = Initializer(1.0, False), Initializer(1.0, True)


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _HE_N(n_in, n_out, rng, mode)


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _HE_U(n_in, n_out, rng, mode)


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _GLOROT_N(n_in, n_out, rng, mode)


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _GLOROT_U(n_in, n_out, rng, mode)


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    return _GLOROT_N(n_in, n_out, rng, mode)


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    return _GLOROT_U(n_in, n_out, rng, mode)


def zeros(n_in, n_out):
    return np.zeros((n_in, n_out), dtype=np.float64)


def hidden_unit_spread(params):
    W1, b1, W2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2"))
    gaps = (np.abs(W1 - W1[:, :1]), np.abs(b1 - b1[0]), np.abs(W2 - W2[:1, :]))
    return float(max((g.max() for g in gaps if g.size), default=0.0))


class _TwoLayer:
    """sigmoid hidden layer, identity output, MSE 1/(2N) sum (Y_hat - Y)^2."""

    def __init__(self, d, h, k, value):
        self.params = {"W1": np.full((d, h), float(value)), "b1": np.zeros(h),
                       "W2": np.full((h, k), float(value)), "b2": np.zeros(k)}

    def forward(self, X):
        p = self.params
        Z1 = X @ p["W1"] + p["b1"]
        e = np.exp(-np.abs(Z1))
        self.A1 = np.where(Z1 >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
        return self.A1 @ p["W2"] + p["b2"]

    def backward(self, X, dout):
        p, A1 = self.params, self.A1
        dZ1 = (dout @ p["W2"].T) * A1 * (1.0 - A1)
        return {"W1": X.T @ dZ1, "b1": dZ1.sum(axis=0), "W2": A1.T @ dout, "b2": dout.sum(axis=0)}

    def step(self, X, Y, eta):
        grads = self.backward(X, (self.forward(X) - Y) / len(X))
        self.params = {k: v - eta * grads[k] for k, v in self.params.items()}


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X, Y = np.asarray(X, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    net = _TwoLayer(X.shape[1], n_hidden, Y.shape[1], value)
    spread = [hidden_unit_spread(net.params)]
    for _ in range(steps):
        net.step(X, Y, eta)
        spread.append(hidden_unit_spread(net.params))
    return {"spread": spread, "params": net.params}
