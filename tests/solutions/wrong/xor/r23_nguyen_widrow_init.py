"""xor.train_xor: Step 0 is Fausett's Nguyen-Widrow initialisation (uniform in [-0.5, 0.5], hidden weight vectors rescaled to beta = 0.7 sqrt(p), bias uniform in [-beta, beta]) instead of the Xavier normal draws."""


def _r23n_sig(x):
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    x, t = XOR_INPUTS, XOR_TARGETS
    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        beta = 0.7 * np.sqrt(2.0)
        v = rng.uniform(-0.5, 0.5, (2, 2))
        v = beta * v / np.linalg.norm(v, axis=0)
        p = {"W1": v, "b1": rng.uniform(-beta, beta, 2),
             "W2": rng.uniform(-0.5, 0.5, (2, 1)), "b2": rng.uniform(-0.5, 0.5, 1)}
        epoch = 0
        while True:
            z = _r23n_sig(x @ p["W1"] + p["b1"])
            y = _r23n_sig(z @ p["W2"] + p["b2"])
            yc = np.clip(y, 1e-12, 1 - 1e-12)
            loss = float(-np.mean(t * np.log(yc) + (1 - t) * np.log(1 - yc)))
            if loss < tol or epoch == max_epochs:
                break
            delta_k = (t - y) / 4
            delta_j = (delta_k @ p["W2"].T) * z * (1.0 - z)
            p = {"W1": p["W1"] + eta * x.T @ delta_j, "b1": p["b1"] + eta * delta_j.sum(axis=0),
                 "W2": p["W2"] + eta * z.T @ delta_k, "b2": p["b2"] + eta * delta_k.sum(axis=0)}
            epoch += 1
        if loss < tol or restarts == max_restarts:
            break
        restarts += 1
    return {"epochs": epoch, "restarts": restarts, "loss": loss, "predictions": y[:, 0],
            "correct": int(np.sum((y[:, 0] > 0.5) == (t[:, 0] > 0.5))), "params": p}
