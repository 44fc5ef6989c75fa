"""xor.train_xor: the output sensitivity a - t not divided by Q = 4 (the gradient of the summed, not the mean, cross-entropy)"""
import numpy as np


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    P, T = XOR_INPUTS, XOR_TARGETS
    for restart in range(max_restarts + 1):
        net = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
               "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        for epoch in range(max_epochs + 1):
            a1, a2 = _forward(P, net)
            F = _loss(a2)
            if F < tol or epoch == max_epochs:
                break
            s2 = a2 - T
            s1 = (s2 @ net["W2"].T) * a1 * (1 - a1)
            net = {"W1": net["W1"] - eta * P.T @ s1, "b1": net["b1"] - eta * s1.sum(axis=0),
                   "W2": net["W2"] - eta * a1.T @ s2, "b2": net["b2"] - eta * s2.sum(axis=0)}
        if F < tol:
            break
    p = a2[:, 0]
    return {"epochs": epoch, "restarts": restart, "loss": F, "predictions": p,
            "correct": int(np.sum((p > 0.5) == (T[:, 0] == 1))), "params": net}
