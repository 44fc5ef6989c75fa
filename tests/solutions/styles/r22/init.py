"""Weight initialisation, np.matrix-era: the demo network trained with ``*`` products, arrays handed back."""

import math

import numpy as np


def _fan(n_in, n_out, mode):
    return {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2.0}[mode]


def _normal(n_in, n_out, rng, var):
    std = math.sqrt(var)
    return np.multiply(std, rng.standard_normal((n_in, n_out))), std


def _uniform(n_in, n_out, rng, three_var):
    limit = math.sqrt(three_var)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit


def he_normal(n_in, n_out, rng, mode="fan_in"):
    """std = sqrt(2 / fan); returns (W, std)."""
    return _normal(n_in, n_out, rng, 2.0 / _fan(n_in, n_out, mode))


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    """limit = sqrt(6 / fan); returns (W, limit)."""
    return _uniform(n_in, n_out, rng, 6.0 / _fan(n_in, n_out, mode))


def xavier_normal(n_in, n_out, rng, mode="average"):
    """std = sqrt(1 / fan); returns (W, std)."""
    return _normal(n_in, n_out, rng, 1.0 / _fan(n_in, n_out, mode))


def xavier_uniform(n_in, n_out, rng, mode="average"):
    """limit = sqrt(3 / fan); returns (W, limit)."""
    return _uniform(n_in, n_out, rng, 3.0 / _fan(n_in, n_out, mode))


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    """std = sqrt(1 / fan); returns (W, std)."""
    return _normal(n_in, n_out, rng, 1.0 / _fan(n_in, n_out, mode))


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    """limit = sqrt(3 / fan); returns (W, limit)."""
    return _uniform(n_in, n_out, rng, 3.0 / _fan(n_in, n_out, mode))


def zeros(n_in, n_out):
    """W (n_in, n_out) of zeros."""
    return np.asmatrix(np.zeros((n_in, n_out))).A


def hidden_unit_spread(params):
    """max over j of |W1[:, j] - W1[:, 0]|, |b1[j] - b1[0]|, |W2[j, :] - W2[0, :]|."""
    W1 = np.asmatrix(params["W1"])
    b1 = np.asmatrix(params["b1"])           # a (1, n_hidden) row
    W2 = np.asmatrix(params["W2"])
    spread = max(np.abs(W1 - W1[:, 0]).max(), np.abs(b1 - b1[0, 0]).max(), np.abs(W2 - W2[0, :]).max())
    return float(spread)


def _sigmoid(Z):
    e = np.exp(-np.abs(Z))
    return np.where(Z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    """Sigmoid hidden layer, identity output, MSE, full-batch GD from weights all equal to value."""
    X = np.asmatrix(X, dtype=np.float64)
    Y = np.asmatrix(np.asarray(Y, dtype=np.float64).reshape(X.shape[0], -1))
    N, d = X.shape
    k = Y.shape[1]
    W1 = np.asmatrix(np.full((d, n_hidden), float(value)))
    b1 = np.asmatrix(np.zeros((1, n_hidden)))
    W2 = np.asmatrix(np.full((n_hidden, k), float(value)))
    b2 = np.asmatrix(np.zeros((1, k)))

    def params():
        return {"W1": W1.A.copy(), "b1": b1.A1.copy(), "W2": W2.A.copy(), "b2": b2.A1.copy()}

    spread = [hidden_unit_spread(params())]
    for _ in range(steps):
        H = np.asmatrix(_sigmoid((X * W1 + b1).A))
        Y_hat = H * W2 + b2
        dY = (Y_hat - Y) / N
        dW2 = H.T * dY
        db2 = dY.sum(axis=0)
        dZ1 = np.multiply(dY * W2.T, np.multiply(H, 1 - H))
        dW1 = X.T * dZ1
        db1 = dZ1.sum(axis=0)
        W1, b1, W2, b2 = W1 - eta * dW1, b1 - eta * db1, W2 - eta * dW2, b2 - eta * db2
        spread.append(hidden_unit_spread(params()))
    return {"spread": spread, "params": params()}
