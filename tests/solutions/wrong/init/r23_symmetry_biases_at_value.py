"""init.symmetry_demo: every parameter, biases included, starts at `value` (UFLDL's theta filled with one constant) though the biases must start at 0"""

import numpy as np


def _r23_sig(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _r23_spread(W1, b1, W2):
    return float(max(np.abs(W1 - W1[:, :1]).max(initial=0.0), np.abs(b1 - b1[0]).max(initial=0.0),
                     np.abs(W2 - W2[:1, :]).max(initial=0.0)))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    """theta = value * ones(...) for the whole unrolled vector, then plain gradient descent."""
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    N, d = X.shape
    k = Y.shape[1]
    W1 = np.full((d, n_hidden), float(value))
    b1 = np.full(n_hidden, float(value))
    W2 = np.full((n_hidden, k), float(value))
    b2 = np.full(k, float(value))
    spread = [_r23_spread(W1, b1, W2)]
    for _ in range(steps):
        A1 = _r23_sig(X @ W1 + b1)
        out = A1 @ W2 + b2
        d2 = (out - Y) / N
        d1 = (d2 @ W2.T) * A1 * (1 - A1)
        W2, b2 = W2 - eta * A1.T @ d2, b2 - eta * d2.sum(axis=0)
        W1, b1 = W1 - eta * X.T @ d1, b1 - eta * d1.sum(axis=0)
        spread.append(_r23_spread(W1, b1, W2))
    return {"spread": spread, "params": {"W1": W1, "b1": b1, "W2": W2, "b2": b2}}
