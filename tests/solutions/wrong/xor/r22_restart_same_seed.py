"""xor.train_xor: makes a new default_rng(seed) for every start, so each restart redraws the same failing weights instead of fresh ones."""

import numpy as np


def _r22_seed_sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    restarts = 0
    while True:
        rng = np.random.default_rng(seed)
        W1, b1 = np.sqrt(2 / 4) * rng.standard_normal((2, 2)), np.zeros(2)
        W2, b2 = np.sqrt(2 / 3) * rng.standard_normal((2, 1)), np.zeros(1)
        epochs = 0
        while True:
            A1 = _r22_seed_sigmoid(XOR_INPUTS @ W1 + b1)
            p = _r22_seed_sigmoid(A1 @ W2 + b2)
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
