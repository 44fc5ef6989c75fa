"""init.symmetry_demo: starts the biases at `value` too (the docstring: biases start at 0), right only for value = 0"""
import numpy as np


def _r14dbv_spread(p):
    W1, b1, W2 = p["W1"], p["b1"], p["W2"]
    return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1, :]).max()))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    N = X.shape[0]
    W1 = np.full((X.shape[1], n_hidden), value, dtype=float)
    b1 = np.full(n_hidden, value, dtype=float)
    W2 = np.full((n_hidden, Y.shape[1]), value, dtype=float)
    b2 = np.full(Y.shape[1], value, dtype=float)
    p = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    spread = [_r14dbv_spread(p)]
    for _ in range(steps):
        H = 1.0 / (1.0 + np.exp(-(X @ p["W1"] + p["b1"])))
        D2 = (H @ p["W2"] + p["b2"] - Y) / N
        D1 = (D2 @ p["W2"].T) * H * (1 - H)
        p = {"W1": p["W1"] - eta * X.T @ D1, "b1": p["b1"] - eta * D1.sum(0),
             "W2": p["W2"] - eta * H.T @ D2, "b2": p["b2"] - eta * D2.sum(0)}
        spread.append(_r14dbv_spread(p))
    return {"spread": spread, "params": p}
