"""init.symmetry_demo: the MSE gradient of another course's summed loss (no 1/N): steps N times too large, so the final params differ."""

import numpy as np


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    d, k = X.shape[1], Y.shape[1]
    W1, b1 = np.full((d, n_hidden), float(value)), np.zeros(n_hidden)
    W2, b2 = np.full((n_hidden, k), float(value)), np.zeros(k)

    def spread():
        return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1]).max()))

    history = [spread()]
    for _ in range(steps):
        H = 0.5 * (1 + np.tanh(0.5 * (X @ W1 + b1)))
        d_out = H @ W2 + b2 - Y
        d_hid = (d_out @ W2.T) * H * (1 - H)
        W1, b1 = W1 - eta * X.T @ d_hid, b1 - eta * d_hid.sum(axis=0)
        W2, b2 = W2 - eta * H.T @ d_out, b2 - eta * d_out.sum(axis=0)
        history.append(spread())
    return {"spread": history, "params": {"W1": W1, "b1": b1, "W2": W2, "b2": b2}}
