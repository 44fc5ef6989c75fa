"""xor.train_xor: draws the biases from the rng too (b1, b2 standard normal after each weight) instead of starting them at 0."""

def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    X, Y = XOR_INPUTS, XOR_TARGETS

    def sig(z):
        return 0.5 * (1 + np.tanh(0.5 * z))

    def loss_of(p):
        P = np.clip(sig(sig(X @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"]), 1e-12, 1 - 1e-12)
        return float(-np.mean(Y * np.log(P) + (1 - Y) * np.log(1 - P))), P

    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        W1 = np.sqrt(2 / 4) * rng.standard_normal((2, 2))
        b1 = rng.standard_normal(2)
        W2 = np.sqrt(2 / 3) * rng.standard_normal((2, 1))
        b2 = rng.standard_normal(1)
        p = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
        epochs = 0
        L, P = loss_of(p)
        while L >= tol and epochs < max_epochs:
            H = sig(X @ p["W1"] + p["b1"])
            d2 = (sig(H @ p["W2"] + p["b2"]) - Y) / 4
            d1 = d2 @ p["W2"].T * H * (1 - H)
            g = {"W1": X.T @ d1, "b1": d1.sum(0), "W2": H.T @ d2, "b2": d2.sum(0)}
            p = {k: p[k] - eta * g[k] for k in p}
            epochs += 1
            L, P = loss_of(p)
        if L < tol or restarts == max_restarts:
            break
        restarts += 1
    P = P.ravel()
    return {"epochs": epochs, "restarts": restarts, "loss": L, "predictions": P,
            "correct": int(np.sum((P > 0.5) == (Y.ravel() > 0.5))), "params": p}
