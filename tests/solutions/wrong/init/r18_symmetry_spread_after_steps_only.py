"""init.symmetry_demo: records the spread only after each step (steps entries), not also before the first (steps + 1 entries, after 0..steps steps)."""

def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    Xt = np.asarray(X, dtype=np.float64).T
    Yt = np.asarray(Y, dtype=np.float64).T
    d, N = Xt.shape
    W1, W01 = np.full((d, n_hidden), float(value)), np.zeros((n_hidden, 1))
    W2, W02 = np.full((n_hidden, Yt.shape[0]), float(value)), np.zeros((Yt.shape[0], 1))
    spread = []
    for _ in range(steps):
        A1 = 0.5 * (1 + np.tanh((W1.T @ Xt + W01) / 2))
        dZ2 = (W2.T @ A1 + W02 - Yt) / N
        dZ1 = (W2 @ dZ2) * A1 * (1 - A1)
        W2, W02 = W2 - eta * A1 @ dZ2.T, W02 - eta * dZ2.sum(axis=1, keepdims=True)
        W1, W01 = W1 - eta * Xt @ dZ1.T, W01 - eta * dZ1.sum(axis=1, keepdims=True)
        spread.append(float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(W01 - W01[0]).max(), np.abs(W2 - W2[:1]).max())))
    return {"spread": spread, "params": {"W1": W1, "b1": W01[:, 0], "W2": W2, "b2": W02[:, 0]}}
