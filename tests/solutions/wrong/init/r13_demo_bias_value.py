"""init.symmetry_demo: every parameter, biases included, starts at `value` (np.full for all four): right only for value = 0"""

import numpy as np


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    N, d = X.shape
    k = Y.shape[1]
    shapes = {"W1": (d, n_hidden), "b1": (n_hidden,), "W2": (n_hidden, k), "b2": (k,)}
    params = {name: np.full(s, float(value)) for name, s in shapes.items()}
    spread = [hidden_unit_spread(params)]
    for _ in range(steps):
        Z1 = X @ params["W1"] + params["b1"]
        H = np.exp(-np.logaddexp(0.0, -Z1))
        err = (H @ params["W2"] + params["b2"] - Y) / N
        dZ1 = err @ params["W2"].T * H * (1 - H)
        grads = {"W1": X.T @ dZ1, "b1": dZ1.sum(0), "W2": H.T @ err, "b2": err.sum(0)}
        params = {name: params[name] - eta * grads[name] for name in params}
        spread.append(hidden_unit_spread(params))
    return {"spread": spread, "params": params}
