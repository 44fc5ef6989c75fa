"""init.symmetry_demo: trains on ESL's summed squared error (gradients without the 1/N of the mean), so the final params differ from the mean-loss run."""


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64).reshape(X.shape[0], -1)
    d, k = X.shape[1], Y.shape[1]
    p = {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
         "W2": np.full((n_hidden, k), float(value)), "b2": np.zeros(k)}
    spread = [hidden_unit_spread(p)]
    for _ in range(steps):
        Z1 = X @ p["W1"] + p["b1"]
        e = np.exp(-np.abs(Z1))
        H = np.where(Z1 >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
        dY = H @ p["W2"] + p["b2"] - Y
        dZ1 = (dY @ p["W2"].T) * H * (1.0 - H)
        g = {"W1": X.T @ dZ1, "b1": dZ1.sum(axis=0), "W2": H.T @ dY, "b2": dY.sum(axis=0)}
        p = {key: p[key] - eta * g[key] for key in p}
        spread.append(hidden_unit_spread(p))
    return {"spread": spread, "params": p}
