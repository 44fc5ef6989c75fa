"""init.symmetry_demo: Loops `for t in range(1, steps)` (Julia's 1:steps read as exclusive): one step short, and the spread list has steps entries."""

def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    p = {"W1": np.full((X.shape[1], n_hidden), float(value)), "b1": np.zeros(n_hidden),
         "W2": np.full((n_hidden, Y.shape[1]), float(value)), "b2": np.zeros(Y.shape[1])}
    spread = [hidden_unit_spread(p)]
    for _ in range(1, steps):
        A1 = 1.0 / (1.0 + np.exp(-np.clip(X @ p["W1"] + p["b1"], -500, 500)))
        dY = (A1 @ p["W2"] + p["b2"] - Y) / X.shape[0]
        dZ1 = (dY @ p["W2"].T) * A1 * (1 - A1)
        p["W2"] = p["W2"] - eta * A1.T @ dY
        p["b2"] = p["b2"] - eta * dY.sum(axis=0)
        p["W1"] = p["W1"] - eta * X.T @ dZ1
        p["b1"] = p["b1"] - eta * dZ1.sum(axis=0)
        spread.append(hidden_unit_spread(p))
    return {"spread": spread, "params": p}
