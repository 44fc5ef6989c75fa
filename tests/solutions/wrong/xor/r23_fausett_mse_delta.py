"""xor.train_xor: Fausett's output delta (t - y) f'(y_in) = (t - y) y (1 - y), the squared-error one, used with the cross-entropy loss (whose delta is just (t - y) / 4)."""


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    t = XOR_TARGETS
    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        p = {"W1": np.sqrt(2.0 / 4.0) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
             "W2": np.sqrt(2.0 / 3.0) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        epoch = 0
        while True:
            z, y = _forward(XOR_INPUTS, p)
            loss = _loss(y)
            if loss < tol or epoch == max_epochs:
                break
            delta_k = (t - y) * y * (1.0 - y) / 4
            delta_j = (delta_k @ p["W2"].T) * z * (1.0 - z)
            p = {"W1": p["W1"] + eta * XOR_INPUTS.T @ delta_j, "b1": p["b1"] + eta * delta_j.sum(axis=0),
                 "W2": p["W2"] + eta * z.T @ delta_k, "b2": p["b2"] + eta * delta_k.sum(axis=0)}
            epoch += 1
        if loss < tol or restarts == max_restarts:
            break
        restarts += 1
    return {"epochs": epoch, "restarts": restarts, "loss": loss, "predictions": y[:, 0],
            "correct": int(np.sum((y[:, 0] > 0.5) == (t[:, 0] > 0.5))), "params": p}
