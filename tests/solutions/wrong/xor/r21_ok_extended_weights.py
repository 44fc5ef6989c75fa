"""xor.train_xor: right: Rojas's extended network, inputs with a constant 1 and each layer one matrix [W; b], split back into W1, b1, W2, b2 at the end; same draws, the same steps up to rounding."""

def _r21_ew_sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _r21_ew_one(A):
    return np.hstack([A, np.ones((A.shape[0], 1))])


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    Xe, y = _r21_ew_one(XOR_INPUTS), XOR_TARGETS
    for restart in range(max_restarts + 1):
        W1 = np.vstack([np.sqrt(2 / 4) * rng.standard_normal((2, 2)), np.zeros((1, 2))])
        W2 = np.vstack([np.sqrt(2 / 3) * rng.standard_normal((2, 1)), np.zeros((1, 1))])
        for epoch in range(max_epochs + 1):
            O1 = _r21_ew_one(_r21_ew_sigmoid(Xe @ W1))
            p = _r21_ew_sigmoid(O1 @ W2)
            pc = np.clip(p, 1e-12, 1 - 1e-12)
            loss = float(-np.mean(y * np.log(pc) + (1 - y) * np.log(1 - pc)))
            if loss < tol or epoch == max_epochs:
                break
            d2 = (p - y) / 4
            d1 = (d2 @ W2[:-1].T) * O1[:, :-1] * (1 - O1[:, :-1])
            W1, W2 = W1 - eta * Xe.T @ d1, W2 - eta * O1.T @ d2
        if loss < tol:
            break
    params = {"W1": W1[:-1], "b1": W1[-1], "W2": W2[:-1], "b2": W2[-1]}
    return {"epochs": epoch, "restarts": restart, "loss": loss, "predictions": p[:, 0],
            "correct": int(((p[:, 0] > 0.5) == (y[:, 0] > 0.5)).sum()), "params": params}
