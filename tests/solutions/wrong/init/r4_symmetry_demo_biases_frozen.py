"""init.symmetry_demo: only the weights are trained, the biases stay at 0 (the docstring trains every W and b)."""

def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    N, d = X.shape
    k = Y.shape[1]
    p = {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
         "W2": np.full((n_hidden, k), float(value)), "b2": np.zeros(k)}
    spread = [hidden_unit_spread(p)]
    for _ in range(steps):
        A1 = 1.0 / (1.0 + np.exp(-(X @ p["W1"] + p["b1"])))
        out = A1 @ p["W2"] + p["b2"]
        d2 = (out - Y) / N
        d1 = (d2 @ p["W2"].T) * A1 * (1.0 - A1)
        p = {"W1": p["W1"] - eta * X.T @ d1, "b1": p["b1"],
             "W2": p["W2"] - eta * A1.T @ d2, "b2": p["b2"]}
        spread.append(hidden_unit_spread(p))
    return {"spread": spread, "params": p}
