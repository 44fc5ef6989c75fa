def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    """init.symmetry_demo: records the spread only after each step, `steps` numbers, without the one before
    training (the list of 0..steps has steps + 1)."""
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    p = {"W1": np.full((X.shape[1], n_hidden), float(value)), "b1": np.zeros(n_hidden),
         "W2": np.full((n_hidden, Y.shape[1]), float(value)), "b2": np.zeros(Y.shape[1])}
    spread = []
    for _ in range(steps):
        H = np.exp(-np.logaddexp(0.0, -(X @ p["W1"] + p["b1"])))
        d2 = (H @ p["W2"] + p["b2"] - Y) / X.shape[0]
        d1 = d2 @ p["W2"].T * H * (1 - H)
        g = {"W2": H.T @ d2, "b2": d2.sum(0), "W1": X.T @ d1, "b1": d1.sum(0)}
        p = {k: p[k] - eta * g[k] for k in p}
        spread.append(hidden_unit_spread(p))
    return {"spread": spread, "params": p}
