"""init.symmetry_demo: W2 updated first and the hidden delta computed with the new W2"""

import numpy as np

def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    d, k = X.shape[1], Y.shape[1]
    params = {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
              "W2": np.full((n_hidden, k), float(value)), "b2": np.zeros(k)}
    spread = [hidden_unit_spread(params)]
    for _ in range(steps):
        H = 1 / (1 + np.exp(-(X @ params["W1"] + params["b1"])))
        d_out = (H @ params["W2"] + params["b2"] - Y) / len(X)
        W2 = params["W2"] - eta * (H.T @ d_out)
        b2 = params["b2"] - eta * d_out.sum(axis=0)
        d_hidden = d_out @ W2.T * H * (1 - H)
        params = {"W1": params["W1"] - eta * (X.T @ d_hidden), "b1": params["b1"] - eta * d_hidden.sum(axis=0),
                  "W2": W2, "b2": b2}
        spread.append(hidden_unit_spread(params))
    return {"spread": spread, "params": params}
