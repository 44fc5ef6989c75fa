"""xor.train_xor: makes default_rng(seed) anew for every start, so each restart redraws the same failing weights"""
import numpy as np


def _r13_xor_rr_sig(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    Y = np.array([[0.0], [1.0], [1.0], [0.0]])
    for restarts in range(max_restarts + 1):
        rng = np.random.default_rng(seed)
        W1 = np.sqrt(2 / 4) * rng.standard_normal((2, 2))
        W2 = np.sqrt(2 / 3) * rng.standard_normal((2, 1))
        b1, b2 = np.zeros(2), np.zeros(1)
        epochs = 0
        while True:
            H = _r13_xor_rr_sig(X @ W1 + b1)
            P = _r13_xor_rr_sig(H @ W2 + b2)
            Pc = np.clip(P, 1e-12, 1 - 1e-12)
            loss = float(-np.mean(Y * np.log(Pc) + (1 - Y) * np.log(1 - Pc)))
            if loss < tol or epochs == max_epochs:
                break
            d2 = (P - Y) / 4
            d1 = (d2 @ W2.T) * H * (1 - H)
            W2, b2 = W2 - eta * H.T @ d2, b2 - eta * d2.sum(0)
            W1, b1 = W1 - eta * X.T @ d1, b1 - eta * d1.sum(0)
            epochs += 1
        if loss < tol:
            break
    p = P[:, 0]
    return {"epochs": epochs, "restarts": restarts, "loss": loss, "predictions": p,
            "correct": int(np.sum((p > 0.5) == (Y[:, 0] > 0.5))),
            "params": {"W1": W1, "b1": b1, "W2": W2, "b2": b2}}
