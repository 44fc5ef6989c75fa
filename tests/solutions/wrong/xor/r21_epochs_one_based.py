"""xor.train_xor: reports "epochs" counted from 1 (the loop index of the epoch that stopped, R's 1:max_epochs), one more than the gradient steps taken."""

def _r21_eo_sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _r21_eo_loss(p):
    p = np.clip(p, 1e-12, 1 - 1e-12)
    return float(-np.mean(XOR_TARGETS * np.log(p) + (1 - XOR_TARGETS) * np.log(1 - p)))


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    X = XOR_INPUTS
    rng = np.random.default_rng(seed)
    for restart in range(max_restarts + 1):
        P = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
             "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        epoch = 0
        while True:
            H = _r21_eo_sigmoid(X @ P["W1"] + P["b1"])
            p = _r21_eo_sigmoid(H @ P["W2"] + P["b2"])
            loss = _r21_eo_loss(p)
            if loss < tol or epoch == max_epochs:
                break
            d2 = (p - XOR_TARGETS) / 4
            d1 = (d2 @ P["W2"].T) * H * (1 - H)
            G = {"W1": X.T @ d1, "b1": d1.sum(0), "W2": H.T @ d2, "b2": d2.sum(0)}
            P = {k: P[k] - eta * G[k] for k in P}
            epoch += 1
        if loss < tol:
            break
    return {"epochs": epoch + 1, "restarts": restart, "loss": loss, "predictions": p[:, 0],
            "correct": int(((p[:, 0] > 0.5) == (XOR_TARGETS[:, 0] > 0.5)).sum()), "params": P}
