"""init.symmetry_demo: the gradient misses the 1/N of the mean loss (the steps are N times too large)."""

def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    d, k = X.shape[1], Y.shape[1]
    P = {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
         "W2": np.full((n_hidden, k), float(value)), "b2": np.zeros(k)}
    spread = [hidden_unit_spread(P)]
    for _ in range(steps):
        A = 1 / (1 + np.exp(-(X @ P["W1"] + P["b1"])))
        dZ2 = A @ P["W2"] + P["b2"] - Y
        dZ1 = dZ2 @ P["W2"].T * A * (1 - A)
        P = {"W1": P["W1"] - eta * X.T @ dZ1, "b1": P["b1"] - eta * dZ1.sum(0),
             "W2": P["W2"] - eta * A.T @ dZ2, "b2": P["b2"] - eta * dZ2.sum(0)}
        spread.append(hidden_unit_spread(P))
    return {"spread": spread, "params": P}
