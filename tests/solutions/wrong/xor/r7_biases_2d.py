"""xor.train_xor: keeps the biases as rows, b1 (1, 2) and b2 (1, 1), instead of the (2,) and (1,) vectors a 2-2-1 network's params hold."""

def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    X, y = XOR_INPUTS, XOR_TARGETS

    def sig(z):
        return 0.5 * (1 + np.tanh(0.5 * z))

    def forward(p):
        a1 = sig(X @ p["W1"] + p["b1"])
        return a1, sig(a1 @ p["W2"] + p["b2"])

    def loss(p):
        q = np.clip(forward(p)[1], 1e-12, 1 - 1e-12)
        return float(-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q)))

    def step(p):
        a1, q = forward(p)
        d2 = (q - y) / 4
        d1 = (d2 @ p["W2"].T) * a1 * (1 - a1)
        g = {"W1": X.T @ d1, "b1": d1.sum(0), "W2": a1.T @ d2, "b2": d2.sum(0)}
        return {k: p[k] - eta * g[k] for k in p}

    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        p = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros((1, 2)),
             "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros((1, 1))}
        epochs, done = 0, False
        while True:
            if loss(p) < tol:
                done = True
                break
            if epochs == max_epochs:
                break
            p = step(p)
            epochs += 1
        if done or restarts == max_restarts:
            break
        restarts += 1
    q = forward(p)[1]
    return {"epochs": epochs, "restarts": restarts, "loss": loss(p), "predictions": q.ravel(),
            "correct": int(((q > 0.5) == (y > 0.5)).sum()), "params": p}
