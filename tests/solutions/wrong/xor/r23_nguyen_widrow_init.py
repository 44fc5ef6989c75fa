"""xor.train_xor: Step 0 is Fausett's Nguyen-Widrow initialisation (uniform in [-0.5, 0.5], hidden weight vectors rescaled to beta = 0.7 sqrt(p), bias uniform in [-beta, beta]) instead of the Xavier normal draws."""


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    t = XOR_TARGETS
    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        beta = 0.7 * np.sqrt(2.0)
        v = rng.uniform(-0.5, 0.5, (2, 2))
        p = {"W1": beta * v / np.linalg.norm(v, axis=0), "b1": rng.uniform(-beta, beta, 2),
             "W2": rng.uniform(-0.5, 0.5, (2, 1)), "b2": rng.uniform(-0.5, 0.5, 1)}
        epoch = 0
        while True:
            z, y = _forward(XOR_INPUTS, p)
            loss = _loss(y)
            if loss < tol or epoch == max_epochs:
                break
            delta_k = (t - y) / 4
            delta_j = (delta_k @ p["W2"].T) * z * (1.0 - z)
            p = {"W1": p["W1"] + eta * XOR_INPUTS.T @ delta_j, "b1": p["b1"] + eta * delta_j.sum(axis=0),
                 "W2": p["W2"] + eta * z.T @ delta_k, "b2": p["b2"] + eta * delta_k.sum(axis=0)}
            epoch += 1
        if loss < tol or restarts == max_restarts:
            break
        restarts += 1
    return {"epochs": epoch, "restarts": restarts, "loss": loss, "predictions": y[:, 0],
            "correct": int(np.sum((y[:, 0] > 0.5) == (t[:, 0] > 0.5))), "params": p}
