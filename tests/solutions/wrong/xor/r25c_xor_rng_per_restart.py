"""xor.train_xor: default_rng(seed) made inside the restart loop: every 'fresh' start redraws the same weights."""

def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    for restart in range(max_restarts + 1):
        rng = np.random.default_rng(seed)
        params = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
                  "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        for epoch in range(max_epochs + 1):
            loss = _loss(_forward(XOR_INPUTS, params)[1])
            if loss < tol or epoch == max_epochs:
                break
            grads = _gradients(params)
            params = {k: params[k] - eta * grads[k] for k in params}
        if loss < tol:
            break
    p = _forward(XOR_INPUTS, params)[1][:, 0]
    correct = int(np.sum((p > 0.5) == XOR_TARGETS[:, 0].astype(bool)))
    return {"epochs": epoch, "restarts": restart, "loss": loss, "predictions": p, "correct": correct, "params": params}
