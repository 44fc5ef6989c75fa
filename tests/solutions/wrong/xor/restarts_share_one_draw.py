"""xor.train_xor: seeds a new default_rng(seed) for every start, so each restart redraws the same failed weights."""

def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    X, Y = XOR_INPUTS, XOR_TARGETS
    restarts = 0
    while True:
        rng = np.random.default_rng(seed)
        W1 = np.sqrt(2 / 4) * rng.standard_normal((2, 2))
        W2 = np.sqrt(2 / 3) * rng.standard_normal((2, 1))
        b1, b2 = np.zeros(2), np.zeros(1)
        epochs = 0
        while True:
            A1 = 1 / (1 + np.exp(-(X @ W1 + b1)))
            p = 1 / (1 + np.exp(-(A1 @ W2 + b2)))
            q = np.clip(p, 1e-12, 1 - 1e-12)
            loss = float(-np.mean(Y * np.log(q) + (1 - Y) * np.log(1 - q)))
            if loss < tol or epochs == max_epochs:
                break
            d2 = (p - Y) / 4
            d1 = d2 @ W2.T * A1 * (1 - A1)
            W2, b2 = W2 - eta * A1.T @ d2, b2 - eta * d2.sum(0)
            W1, b1 = W1 - eta * X.T @ d1, b1 - eta * d1.sum(0)
            epochs += 1
        if loss < tol or restarts == max_restarts:
            break
        restarts += 1
    p = p[:, 0]
    return {"epochs": epochs, "restarts": restarts, "loss": loss, "predictions": p,
            "correct": int(((p > 0.5) == (Y[:, 0] > 0.5)).sum()), "params": {"W1": W1, "b1": b1, "W2": W2, "b2": b2}}
