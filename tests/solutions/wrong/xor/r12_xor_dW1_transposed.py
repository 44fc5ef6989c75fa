"""xor.train_xor: dW1 computed as d1^T X (the transpose of X^T d1); W1 is (2, 2), so the shapes agree and the
hidden weights step along the transposed gradient."""

def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    for restart in range(max_restarts + 1):
        params = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
                  "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        for epoch in range(max_epochs + 1):
            A1, p = _forward(XOR_INPUTS, params)
            loss = _loss(p)
            if loss < tol or epoch == max_epochs:
                break
            d2 = (p - XOR_TARGETS) / len(XOR_INPUTS)
            d1 = d2 @ params["W2"].T * A1 * (1 - A1)
            grads = {"W1": d1.T @ XOR_INPUTS, "b1": d1.sum(axis=0), "W2": A1.T @ d2, "b2": d2.sum(axis=0)}
            params = {k: params[k] - eta * grads[k] for k in params}
        if loss < tol:
            break
    p = _forward(XOR_INPUTS, params)[1][:, 0]
    correct = int(np.sum((p > 0.5) == XOR_TARGETS[:, 0].astype(bool)))
    return {"epochs": epoch, "restarts": restart, "loss": loss, "predictions": p, "correct": correct, "params": params}
