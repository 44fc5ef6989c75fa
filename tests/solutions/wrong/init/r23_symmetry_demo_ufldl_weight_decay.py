"""init.symmetry_demo: UFLDL's sparseAutoencoderCost weight decay kept: lambda = 1e-4 times W added to every weight gradient"""
import numpy as np


def _r23_sig(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _r23_spread(W1, b1, W2):
    return float(max(np.abs(W1 - W1[:, :1]).max(initial=0.0), np.abs(b1 - b1[0]).max(initial=0.0),
                     np.abs(W2 - W2[:1, :]).max(initial=0.0)))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    """W1grad = delta2 * a1' / m + lambda * W1 with UFLDL's lambda = 1e-4."""
    lam = 1e-4
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    N, d = X.shape
    k = Y.shape[1]
    W1 = np.full((d, n_hidden), float(value))
    b1 = np.zeros(n_hidden)
    W2 = np.full((n_hidden, k), float(value))
    b2 = np.zeros(k)
    spread = [_r23_spread(W1, b1, W2)]
    for _ in range(steps):
        A1 = _r23_sig(X @ W1 + b1)
        out = A1 @ W2 + b2
        d2 = (out - Y) / N
        d1 = (d2 @ W2.T) * A1 * (1 - A1)
        W2, b2 = W2 - eta * (A1.T @ d2 + lam * W2), b2 - eta * d2.sum(axis=0)
        W1, b1 = W1 - eta * (X.T @ d1 + lam * W1), b1 - eta * d1.sum(axis=0)
        spread.append(_r23_spread(W1, b1, W2))
    return {"spread": spread, "params": {"W1": W1, "b1": b1, "W2": W2, "b2": b2}}
