"""xor.train_xor: makes np.random.default_rng(seed) anew for every start, so every restart redraws the same failed weights."""


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    sig = lambda z: np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z))))
    X, Y = XOR_INPUTS, XOR_TARGETS
    for restart in range(max_restarts + 1):
        rng = np.random.default_rng(seed)
        P = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
             "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        for epoch in range(max_epochs + 1):
            H = sig(X @ P["W1"] + P["b1"]); p = sig(H @ P["W2"] + P["b2"])
            pc = np.clip(p, 1e-12, 1 - 1e-12)
            L = float(-np.mean(Y * np.log(pc) + (1 - Y) * np.log(1 - pc)))
            if L < tol or epoch == max_epochs:
                break
            d2 = (p - Y) / 4; d1 = d2 @ P["W2"].T * H * (1 - H)
            G = {"W1": X.T @ d1, "b1": d1.sum(0), "W2": H.T @ d2, "b2": d2.sum(0)}
            P = {k: P[k] - eta * G[k] for k in P}
        if L < tol:
            break
    return {"epochs": epoch, "restarts": restart, "loss": L, "predictions": p.ravel(),
            "correct": int(np.sum((p.ravel() > 0.5) == Y.ravel())), "params": P}
