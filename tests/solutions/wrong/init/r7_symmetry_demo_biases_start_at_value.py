"""init.symmetry_demo: starts the biases at `value` like the weights, where the docstring says biases start at 0."""

def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    n, d = X.shape
    k = Y.shape[1]
    W1 = np.full((d, n_hidden), value, dtype=np.float64)
    b1 = np.full(n_hidden, value, dtype=np.float64)
    W2 = np.full((n_hidden, k), value, dtype=np.float64)
    b2 = np.full(k, value, dtype=np.float64)

    def spread():
        return max(np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1, :]).max())

    history = [float(spread())]
    for _ in range(steps):
        H = 1.0 / (1.0 + np.exp(-(X @ W1 + b1)))
        dY = (H @ W2 + b2 - Y) / n
        dZ1 = (dY @ W2.T) * H * (1.0 - H)
        W2, b2 = W2 - eta * H.T @ dY, b2 - eta * dY.sum(axis=0)
        W1, b1 = W1 - eta * X.T @ dZ1, b1 - eta * dZ1.sum(axis=0)
        history.append(float(spread()))
    return {"spread": history, "params": {"W1": W1, "b1": b1, "W2": W2, "b2": b2}}
