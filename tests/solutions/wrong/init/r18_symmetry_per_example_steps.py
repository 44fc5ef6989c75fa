"""init.symmetry_demo: makes each step 6.036's stochastic pass, one update per example (column) in turn, instead of one full-batch gradient step on the mean loss, so the final params differ (the spread stays 0 all the same)."""

def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    Xt = np.asarray(X, dtype=np.float64).T
    Yt = np.asarray(Y, dtype=np.float64).T
    W1, W01 = np.full((Xt.shape[0], n_hidden), float(value)), np.zeros((n_hidden, 1))
    W2, W02 = np.full((n_hidden, Yt.shape[0]), float(value)), np.zeros((Yt.shape[0], 1))

    def spread():
        return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(W01 - W01[0]).max(), np.abs(W2 - W2[:1]).max()))
    spreads = [spread()]
    for _ in range(steps):
        for i in range(Xt.shape[1]):
            x, y = Xt[:, i:i + 1], Yt[:, i:i + 1]
            a1 = 0.5 * (1 + np.tanh((W1.T @ x + W01) / 2))
            dz2 = W2.T @ a1 + W02 - y
            dz1 = (W2 @ dz2) * a1 * (1 - a1)
            W2, W02 = W2 - eta * a1 @ dz2.T, W02 - eta * dz2
            W1, W01 = W1 - eta * x @ dz1.T, W01 - eta * dz1
        spreads.append(spread())
    return {"spread": spreads, "params": {"W1": W1, "b1": W01[:, 0], "W2": W2, "b2": W02[:, 0]}}
