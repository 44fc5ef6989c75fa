"""xor.train_xor: the loss tested after each step, so epochs counts one step more than needed and a start never returns 0 steps"""

import numpy as np


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    for restart in range(max_restarts + 1):
        params = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
                  "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        for epoch in range(1, max_epochs + 1):
            grads = _gradients(params)
            params = {k: params[k] - eta * grads[k] for k in params}
            loss = _loss(_forward(XOR_INPUTS, params)[1])
            if loss < tol:
                break
        if loss < tol:
            break
    p = _forward(XOR_INPUTS, params)[1][:, 0]
    return {"epochs": epoch, "restarts": restart, "loss": loss, "predictions": p,
            "correct": int(np.sum((p > 0.5) == XOR_TARGETS[:, 0].astype(bool))), "params": params}
