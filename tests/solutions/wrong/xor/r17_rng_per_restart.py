"""xor.train_xor: every restart makes a new generator default_rng(seed + restarts) instead of drawing on from the one rng.

Habit: scikit-learn's random_state re-derived per fit / per init.
"""


def _r17_rng_per_restart_sig(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    X, Y = XOR_INPUTS, XOR_TARGETS
    restarts = 0
    while True:
        coefs, ints = [], []
        rng = np.random.default_rng(seed + restarts)
        for fi, fo in ((2, 2), (2, 1)):
            coefs.append(np.sqrt(2.0 / (fi + fo)) * rng.standard_normal((fi, fo)))
            ints.append(np.zeros(fo))
        epochs = 0
        while True:
            A1 = _r17_rng_per_restart_sig(X @ coefs[0] + ints[0])
            p = _r17_rng_per_restart_sig(A1 @ coefs[1] + ints[1])
            pc = np.clip(p, 1e-12, 1 - 1e-12)
            loss = float(-np.mean(Y * np.log(pc) + (1 - Y) * np.log(1 - pc)))
            if loss < tol or epochs == max_epochs:
                break
            d2 = (p - Y) / 4
            d1 = (d2 @ coefs[1].T) * A1 * (1 - A1)
            coefs = [coefs[0] - eta * X.T @ d1, coefs[1] - eta * A1.T @ d2]
            ints = [ints[0] - eta * d1.sum(0), ints[1] - eta * d2.sum(0)]
            epochs += 1
        if loss < tol or restarts == max_restarts:
            break
        restarts += 1
    return {"epochs": epochs, "restarts": restarts, "loss": loss, "predictions": p[:, 0],
            "correct": int(((p[:, 0] > 0.5) == (Y[:, 0] == 1)).sum()),
            "params": {"W1": coefs[0], "b1": ints[0], "W2": coefs[1], "b2": ints[1]}}
