"""xor.train_xor: a fresh rng default_rng(seed + k) for restart k instead of one rng for the whole run (fine while the first start converges)"""
import numpy as np


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    X, Y = XOR_INPUTS, XOR_TARGETS

    def sig(z):
        return np.exp(-np.logaddexp(0.0, -z))

    def run(p):
        A1 = sig(X @ p["W1"] + p["b1"])
        P = sig(A1 @ p["W2"] + p["b2"])
        Pc = np.clip(P, 1e-12, 1 - 1e-12)
        return A1, P, float(-np.mean(Y * np.log(Pc) + (1 - Y) * np.log(1 - Pc)))

    for k in range(max_restarts + 1):
        rng = np.random.default_rng(seed + k)
        p = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
             "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        epochs = 0
        A1, P, L = run(p)
        while L >= tol and epochs < max_epochs:
            d2 = (P - Y) / 4
            d1 = d2 @ p["W2"].T * A1 * (1 - A1)
            g = {"W1": X.T @ d1, "b1": d1.sum(0), "W2": A1.T @ d2, "b2": d2.sum(0)}
            p = {n: p[n] - eta * g[n] for n in p}
            epochs += 1
            A1, P, L = run(p)
        if L < tol:
            break
    preds = P[:, 0]
    return {"epochs": epochs, "restarts": k, "loss": L, "predictions": preds,
            "correct": int(np.sum((preds > 0.5) == (Y[:, 0] > 0.5))), "params": p}
