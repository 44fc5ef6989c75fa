"""init.symmetry_demo: the biases start at `value` too (not at 0): right only for the default value 0"""
import numpy as np


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    d, k = X.shape[1], Y.shape[1]
    p = {"W1": np.full((d, n_hidden), value), "b1": np.full(n_hidden, value),
         "W2": np.full((n_hidden, k), value), "b2": np.full(k, value)}

    def spread(q):
        W1, b1, W2 = q["W1"], q["b1"], q["W2"]
        return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1]).max()))

    out = [spread(p)]
    N = X.shape[0]
    for _ in range(steps):
        A1 = 1 / (1 + np.exp(-(X @ p["W1"] + p["b1"])))
        d2 = (A1 @ p["W2"] + p["b2"] - Y) / N
        d1 = d2 @ p["W2"].T * A1 * (1 - A1)
        g = {"W1": X.T @ d1, "b1": d1.sum(0), "W2": A1.T @ d2, "b2": d2.sum(0)}
        p = {n: p[n] - eta * g[n] for n in p}
        out.append(spread(p))
    return {"spread": out, "params": p}
