"""xor.train_xor: epochs reported as the index of the last step taken (steps - 1), one fewer than the gradient steps of the final start."""

def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    for restart in range(max_restarts + 1):
        params = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
                  "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        loss, last = _loss(_forward(XOR_INPUTS, params)[1]), 0
        for epoch in range(max_epochs):
            if loss < tol:
                break
            grads = _gradients(params)
            params = {k: params[k] - eta * grads[k] for k in params}
            loss, last = _loss(_forward(XOR_INPUTS, params)[1]), epoch
        if loss < tol:
            break
    p = _forward(XOR_INPUTS, params)[1][:, 0]
    correct = int(np.sum((p > 0.5) == XOR_TARGETS[:, 0].astype(bool)))
    return {"epochs": last, "restarts": restart, "loss": loss, "predictions": p, "correct": correct, "params": params}
