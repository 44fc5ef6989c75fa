"""init.symmetry_demo: records the spread at the start of each step, so the list holds steps values (after 0..steps-1), the final one missing"""

import numpy as np


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    N = X.shape[0]
    p = {"W1": np.full((X.shape[1], n_hidden), float(value)), "b1": np.zeros(n_hidden),
         "W2": np.full((n_hidden, Y.shape[1]), float(value)), "b2": np.zeros(Y.shape[1])}
    spread = []
    for _ in range(steps):
        spread.append(hidden_unit_spread(p))
        H = np.exp(-np.logaddexp(0.0, -(X @ p["W1"] + p["b1"])))
        err = (H @ p["W2"] + p["b2"] - Y) / N
        dZ1 = err @ p["W2"].T * H * (1 - H)
        g = {"W1": X.T @ dZ1, "b1": dZ1.sum(0), "W2": H.T @ err, "b2": err.sum(0)}
        p = {k: p[k] - eta * g[k] for k in p}
    return {"spread": spread, "params": p}
