"""init.symmetry_demo: records the spread only after each step: the list misses the value before training."""

def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    d, k, n = X.shape[1], Y.shape[1], len(X)
    P = {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
         "W2": np.full((n_hidden, k), float(value)), "b2": np.zeros(k)}
    spread = []
    for _ in range(steps):
        A = 1 / (1 + np.exp(-(X @ P["W1"] + P["b1"])))
        dZ2 = (A @ P["W2"] + P["b2"] - Y) / n
        dZ1 = dZ2 @ P["W2"].T * A * (1 - A)
        P = {"W1": P["W1"] - eta * X.T @ dZ1, "b1": P["b1"] - eta * dZ1.sum(0),
             "W2": P["W2"] - eta * A.T @ dZ2, "b2": P["b2"] - eta * dZ2.sum(0)}
        spread.append(hidden_unit_spread(P))
    return {"spread": spread, "params": P}
