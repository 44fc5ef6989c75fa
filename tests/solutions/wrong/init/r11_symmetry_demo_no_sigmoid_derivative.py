"""init.symmetry_demo: backprop through the hidden layer forgets the sigmoid derivative H (1 - H)"""
import numpy as np


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    n, d = X.shape
    k = Y.shape[1]
    p = {"W1": np.full((d, n_hidden), value, dtype=float), "b1": np.zeros(n_hidden),
         "W2": np.full((n_hidden, k), value, dtype=float), "b2": np.zeros(k)}

    def spread(p):
        W1, b1, W2 = p["W1"], p["b1"], p["W2"]
        return float(max(np.max(np.abs(W1 - W1[:, :1])), np.max(np.abs(b1 - b1[0])),
                         np.max(np.abs(W2 - W2[:1, :]))))

    out = [spread(p)]
    for _ in range(steps):
        H = 1.0 / (1.0 + np.exp(-(X @ p["W1"] + p["b1"])))
        dY = (H @ p["W2"] + p["b2"] - Y) / n
        dZ1 = dY @ p["W2"].T
        g = {"W1": X.T @ dZ1, "b1": dZ1.sum(0), "W2": H.T @ dY, "b2": dY.sum(0)}
        p = {key: p[key] - eta * g[key] for key in p}
        out.append(spread(p))
    return {"spread": out, "params": p}
