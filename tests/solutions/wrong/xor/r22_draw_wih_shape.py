"""xor.train_xor: draws W1 in Rashid's (hidden x inputs) order, wih = sqrt(2/4) * standard_normal((2, 2)) then W1 = wih.T, so the start is the transpose of the documented draw."""

import numpy as np


def _r22_wih_sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        wih = np.sqrt(2 / 4) * rng.standard_normal((2, 2))
        who = np.sqrt(2 / 3) * rng.standard_normal((1, 2))
        W1, b1, W2, b2 = wih.T, np.zeros(2), who.T, np.zeros(1)
        epochs = 0
        while True:
            A1 = _r22_wih_sigmoid(XOR_INPUTS @ W1 + b1)
            p = _r22_wih_sigmoid(A1 @ W2 + b2)
            pc = np.clip(p, 1e-12, 1 - 1e-12)
            loss = float(-np.mean(XOR_TARGETS * np.log(pc) + (1 - XOR_TARGETS) * np.log(1 - pc)))
            if loss < tol or epochs == max_epochs:
                break
            dZ2 = (p - XOR_TARGETS) / 4
            dZ1 = (dZ2 @ W2.T) * A1 * (1 - A1)
            W2, b2 = W2 - eta * A1.T @ dZ2, b2 - eta * dZ2.sum(0)
            W1, b1 = W1 - eta * XOR_INPUTS.T @ dZ1, b1 - eta * dZ1.sum(0)
            epochs += 1
        if loss < tol or restarts >= max_restarts:
            break
        restarts += 1
    predictions = p.ravel()
    return {"epochs": epochs, "restarts": restarts, "loss": loss, "predictions": predictions,
            "correct": int(np.sum((predictions > 0.5) == (XOR_TARGETS.ravel() > 0.5))),
            "params": {"W1": W1, "b1": b1, "W2": W2, "b2": b2}}
