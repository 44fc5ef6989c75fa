"""init.symmetry_demo: trains on 6.036's summed squared loss, delta = (Y_hat - Y) without the 1/N of the course's mean MSE, so the final params differ (the spread stays 0 all the same)."""

def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    Xt = np.asarray(X, dtype=np.float64).T
    Yt = np.asarray(Y, dtype=np.float64).T
    W1, W01 = np.full((Xt.shape[0], n_hidden), float(value)), np.zeros((n_hidden, 1))
    W2, W02 = np.full((n_hidden, Yt.shape[0]), float(value)), np.zeros((Yt.shape[0], 1))

    def spread():
        return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(W01 - W01[0]).max(), np.abs(W2 - W2[:1]).max()))
    spreads = [spread()]
    for _ in range(steps):
        A1 = 0.5 * (1 + np.tanh((W1.T @ Xt + W01) / 2))
        dZ2 = W2.T @ A1 + W02 - Yt
        dZ1 = (W2 @ dZ2) * A1 * (1 - A1)
        W2, W02 = W2 - eta * A1 @ dZ2.T, W02 - eta * dZ2.sum(axis=1, keepdims=True)
        W1, W01 = W1 - eta * Xt @ dZ1.T, W01 - eta * dZ1.sum(axis=1, keepdims=True)
        spreads.append(spread())
    return {"spread": spreads, "params": {"W1": W1, "b1": W01[:, 0], "W2": W2, "b2": W02[:, 0]}}
