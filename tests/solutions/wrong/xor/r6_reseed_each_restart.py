"""xor.train_xor: a restart makes a new generator default_rng(seed + restarts) instead of drawing on from the one rng."""

def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    X, Y = XOR_INPUTS, XOR_TARGETS

    def sig(z):
        return 0.5 * (1 + np.tanh(0.5 * z))

    def loss_of(p):
        P = np.clip(sig(sig(X @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"]), 1e-12, 1 - 1e-12)
        return float(-np.mean(Y * np.log(P) + (1 - Y) * np.log(1 - P))), P

    restarts = 0
    while True:
        rng = np.random.default_rng(seed + restarts)
        p = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
             "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
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
