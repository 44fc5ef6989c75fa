"""init.symmetry_demo: records the spread after steps 1..steps only (the initial spread at step 0 is missing)."""

def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    N, d = X.shape
    p = {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
         "W2": np.full((n_hidden, Y.shape[1]), float(value)), "b2": np.zeros(Y.shape[1])}
    spread = []
    for _ in range(steps):
        H = 1.0 / (1.0 + np.exp(-(X @ p["W1"] + p["b1"])))
        dY = (H @ p["W2"] + p["b2"] - Y) / N
        dH = dY @ p["W2"].T * H * (1 - H)
        g = {"W1": X.T @ dH, "b1": dH.sum(0), "W2": H.T @ dY, "b2": dY.sum(0)}
        p = {k: p[k] - eta * g[k] for k in p}
        W1, b1, W2 = p["W1"], p["b1"], p["W2"]
        spread.append(float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1]).max())))
    return {"spread": spread, "params": p}
