"""xor.train_xor: each restart makes a new default_rng(seed + restarts) instead of drawing on from the one rng."""

def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    X, Y = XOR_INPUTS, XOR_TARGETS

    def sig(z):
        return 1.0 / (1.0 + np.exp(-z))

    def run(P):
        A1 = sig(X @ P["W1"] + P["b1"])
        return A1, sig(A1 @ P["W2"] + P["b2"])

    def loss(p):
        q = np.clip(p, 1e-12, 1 - 1e-12)
        return float(-np.mean(Y * np.log(q) + (1 - Y) * np.log(1 - q)))

    restarts = 0
    while True:
        rng = np.random.default_rng(seed + restarts)
        P = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
             "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        epochs = 0
        A1, p = run(P)
        L = loss(p)
        while L >= tol and epochs < max_epochs:
            dZ2 = (p - Y) / 4
            dZ1 = (dZ2 @ P["W2"].T) * A1 * (1 - A1)
            P = {"W1": P["W1"] - eta * (X.T @ dZ1), "b1": P["b1"] - eta * dZ1.sum(axis=0),
                 "W2": P["W2"] - eta * (A1.T @ dZ2), "b2": P["b2"] - eta * dZ2.sum(axis=0)}
            epochs += 1
            A1, p = run(P)
            L = loss(p)
        if L < tol or restarts == max_restarts:
            break
        restarts += 1
    preds = p.ravel()
    return {"epochs": epochs, "restarts": restarts, "loss": L, "predictions": preds,
            "correct": int(np.sum((preds > 0.5) == (Y.ravel() == 1))), "params": P}
