"""init.symmetry_demo: a sigmoid on the output too (the docstring's output is the identity)."""

import numpy as np


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    N = X.shape[0]
    p = {"W1": np.full((X.shape[1], n_hidden), float(value)), "b1": np.zeros(n_hidden),
         "W2": np.full((n_hidden, Y.shape[1]), float(value)), "b2": np.zeros(Y.shape[1])}
    spread = [hidden_unit_spread(p)]
    for _ in range(steps):
        H = 1 / (1 + np.exp(-(X @ p["W1"] + p["b1"])))
        O = 1 / (1 + np.exp(-(H @ p["W2"] + p["b2"])))
        E = (O - Y) * O * (1 - O) / N
        dH = E @ p["W2"].T * H * (1 - H)
        g = {"W1": X.T @ dH, "b1": dH.sum(0), "W2": H.T @ E, "b2": E.sum(0)}
        p = {k: p[k] - eta * g[k] for k in p}
        spread.append(hidden_unit_spread(p))
    return {"spread": spread, "params": p}
