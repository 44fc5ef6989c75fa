"""init.symmetry_demo: Backpropagates the hidden layer with tanh's 1 - A1**2 (Ng's planar-data network) though the hidden layer is sigmoid.

Habit: deeplearning.ai week 3's dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2)), copied into a sigmoid network.
The spread still stays 0 (the symmetry holds), but the trained params are wrong.
"""

import numpy as np


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X, Y = np.asarray(X, dtype=np.float64).T, np.asarray(Y, dtype=np.float64).T
    m = X.shape[1]
    p = {"W1": np.full((n_hidden, X.shape[0]), float(value)), "b1": np.zeros((n_hidden, 1)),
         "W2": np.full((Y.shape[0], n_hidden), float(value)), "b2": np.zeros((Y.shape[0], 1))}

    def batch_first(p):
        return {"W1": p["W1"].T, "b1": p["b1"][:, 0], "W2": p["W2"].T, "b2": p["b2"][:, 0]}

    spread = [hidden_unit_spread(batch_first(p))]
    for _ in range(steps):
        A1 = 1 / (1 + np.exp(-(np.dot(p["W1"], X) + p["b1"])))
        dZ2 = np.dot(p["W2"], A1) + p["b2"] - Y
        dZ1 = np.dot(p["W2"].T, dZ2) * (1 - np.power(A1, 2))
        g = {"W2": np.dot(dZ2, A1.T) / m, "b2": np.sum(dZ2, axis=1, keepdims=True) / m,
             "W1": np.dot(dZ1, X.T) / m, "b1": np.sum(dZ1, axis=1, keepdims=True) / m}
        p = {k: p[k] - eta * g[k] for k in p}
        spread.append(hidden_unit_spread(batch_first(p)))
    return {"spread": spread, "params": batch_first(p)}
