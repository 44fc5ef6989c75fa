"""init.symmetry_demo: loops for step in range(1, steps), taking steps - 1 gradient steps (the spread list has steps entries, not steps + 1, and the params are one step behind)."""

def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    n, d = X.shape
    k = Y.shape[1]
    W1 = np.full((d, n_hidden), value, dtype=np.float64)
    b1 = np.zeros(n_hidden)
    W2 = np.full((n_hidden, k), value, dtype=np.float64)
    b2 = np.zeros(k)

    def spread():
        return max(np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1, :]).max())

    history = [float(spread())]
    for step in range(1, steps):
        H = 1.0 / (1.0 + np.exp(-(X @ W1 + b1)))
        dY = (H @ W2 + b2 - Y) / n
        dZ1 = (dY @ W2.T) * H * (1.0 - H)
        W2, b2 = W2 - eta * H.T @ dY, b2 - eta * dY.sum(axis=0)
        W1, b1 = W1 - eta * X.T @ dZ1, b1 - eta * dZ1.sum(axis=0)
        history.append(float(spread()))
    return {"spread": history, "params": {"W1": W1, "b1": b1, "W2": W2, "b2": b2}}
