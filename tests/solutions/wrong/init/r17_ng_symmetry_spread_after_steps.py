"""init.symmetry_demo: Records the spread only after each step (steps values), leaving out the one before training (steps + 1 are asked).

Habit: deeplearning.ai's costs.append(cost) inside the loop, never before it.
"""

import numpy as np


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X, Y = np.asarray(X, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    m = X.shape[0]
    p = {"W1": np.full((X.shape[1], n_hidden), float(value)), "b1": np.zeros(n_hidden),
         "W2": np.full((n_hidden, Y.shape[1]), float(value)), "b2": np.zeros(Y.shape[1])}
    spread = []
    for _ in range(steps):
        A1 = 1 / (1 + np.exp(-(X @ p["W1"] + p["b1"])))
        dZ2 = (A1 @ p["W2"] + p["b2"] - Y) / m
        dZ1 = dZ2 @ p["W2"].T * A1 * (1 - A1)
        g = {"W2": A1.T @ dZ2, "b2": dZ2.sum(axis=0), "W1": X.T @ dZ1, "b1": dZ1.sum(axis=0)}
        p = {k: p[k] - eta * g[k] for k in p}
        spread.append(hidden_unit_spread(p))
    return {"spread": spread, "params": p}
