"""xor.train_xor: draws W2 before W1 from the rng (layer 2 first)"""

import numpy as np


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    for restart in range(max_restarts + 1):
        W2 = np.sqrt(2 / 3) * rng.standard_normal((2, 1))
        W1 = np.sqrt(2 / 4) * rng.standard_normal((2, 2))
        params = {"W1": W1, "b1": np.zeros(2), "W2": W2, "b2": np.zeros(1)}
        for epoch in range(max_epochs + 1):
            loss = _loss(_forward(XOR_INPUTS, params)[1])
            if loss < tol or epoch == max_epochs:
                break
            grads = _gradients(params)
            params = {k: params[k] - eta * grads[k] for k in params}
        if loss < tol:
            break
    p = _forward(XOR_INPUTS, params)[1][:, 0]
    return {"epochs": epoch, "restarts": restart, "loss": loss, "predictions": p,
            "correct": int(np.sum((p > 0.5) == XOR_TARGETS[:, 0].astype(bool))), "params": params}
