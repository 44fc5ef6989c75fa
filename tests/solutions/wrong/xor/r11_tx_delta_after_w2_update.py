"""xor.train_xor: updates W2 first and back-propagates the hidden delta through the new W2"""
import numpy as np


def _w_sig(z):
    return 0.5 * (1 + np.tanh(0.5 * z))


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    X, Y = XOR_INPUTS, XOR_TARGETS
    restarts = 0
    while True:
        W1 = np.sqrt(2 / 4) * rng.standard_normal((2, 2))
        W2 = np.sqrt(2 / 3) * rng.standard_normal((2, 1))
        b1, b2 = np.zeros(2), np.zeros(1)
        epochs = 0
        while True:
            A1 = _w_sig(X @ W1 + b1)
            p = _w_sig(A1 @ W2 + b2)
            q = np.clip(p, 1e-12, 1 - 1e-12)
            loss = float(-np.mean(Y * np.log(q) + (1 - Y) * np.log(1 - q)))
            if loss < tol or epochs == max_epochs:
                break
            d2 = (p - Y) / 4
            W2 = W2 - eta * A1.T @ d2
            b2 = b2 - eta * d2.sum(axis=0)
            d1 = (d2 @ W2.T) * A1 * (1 - A1)
            W1 = W1 - eta * X.T @ d1
            b1 = b1 - eta * d1.sum(axis=0)
            epochs += 1
        if loss < tol or restarts == max_restarts:
            break
        restarts += 1
    return {"epochs": epochs, "restarts": restarts, "loss": loss, "predictions": p[:, 0],
            "correct": int(((p[:, 0] > 0.5) == (Y[:, 0] == 1)).sum()),
            "params": {"W1": W1, "b1": b1, "W2": W2, "b2": b2}}
