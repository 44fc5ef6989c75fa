"""xor.train_xor: output delta (p - y) p (1 - p), the squared-error chain rule, with the cross-entropy loss"""

import numpy as np


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    for restart in range(max_restarts + 1):
        P = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
             "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        for epoch in range(max_epochs + 1):
            A1, p = _forward(XOR_INPUTS, P)
            loss = _loss(p)
            if loss < tol or epoch == max_epochs:
                break
            d2 = (p - XOR_TARGETS) * p * (1 - p) / 4
            d1 = d2 @ P["W2"].T * A1 * (1 - A1)
            G = {"W1": XOR_INPUTS.T @ d1, "b1": d1.sum(0), "W2": A1.T @ d2, "b2": d2.sum(0)}
            P = {k: P[k] - eta * G[k] for k in P}
        if loss < tol:
            break
    p = _forward(XOR_INPUTS, P)[1][:, 0]
    return {"epochs": epoch, "restarts": restart, "loss": loss, "predictions": p,
            "correct": int(((p > 0.5) == (XOR_TARGETS[:, 0] > 0.5)).sum()), "params": P}
