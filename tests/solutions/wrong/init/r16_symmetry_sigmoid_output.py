"""init.symmetry_demo: Nielsen's network.py habit, the output layer is a sigmoid too (with sigmoid' in its delta) instead of the identity output the docstring fixes"""
import numpy as np


def _sso_sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    n, d = X.shape
    k = Y.shape[1]
    p = {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
         "W2": np.full((n_hidden, k), float(value)), "b2": np.zeros(k)}
    spread = [hidden_unit_spread(p)]
    for _ in range(steps):
        H = _sso_sigmoid(X @ p["W1"] + p["b1"])
        O = _sso_sigmoid(H @ p["W2"] + p["b2"])
        dO = (O - Y) / n * O * (1 - O)
        dH = dO @ p["W2"].T * H * (1 - H)
        g = {"W1": X.T @ dH, "b1": dH.sum(0), "W2": H.T @ dO, "b2": dO.sum(0)}
        p = {key: p[key] - eta * g[key] for key in p}
        spread.append(hidden_unit_spread(p))
    return {"spread": spread, "params": p}
