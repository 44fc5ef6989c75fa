"""xor.train_xor: Keras' default glorot_uniform init (U(-sqrt(6/(fan_in+fan_out)), +...)) instead of the Xavier normal draws the docstring fixes"""

import numpy as np


def _r16gu_sigmoid(z):
    return 0.5 + 0.5 * np.tanh(0.5 * z)


def _r16gu_forward(P):
    H = _r16gu_sigmoid(XOR_INPUTS @ P["W1"] + P["b1"])
    return H, _r16gu_sigmoid(H @ P["W2"] + P["b2"])


def _r16gu_loss(p):
    p = np.clip(p, 1e-12, 1 - 1e-12)
    return float(-np.mean(XOR_TARGETS * np.log(p) + (1 - XOR_TARGETS) * np.log(1 - p)))


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    for restart in range(max_restarts + 1):
        P = {"W1": rng.uniform(-np.sqrt(6 / 4), np.sqrt(6 / 4), (2, 2)), "b1": np.zeros(2),
             "W2": rng.uniform(-np.sqrt(6 / 3), np.sqrt(6 / 3), (2, 1)), "b2": np.zeros(1)}
        for epoch in range(max_epochs + 1):
            H, p = _r16gu_forward(P)
            loss = _r16gu_loss(p)
            if loss < tol or epoch == max_epochs:
                break
            dz2 = (p - XOR_TARGETS) / 4
            dz1 = (dz2 @ P["W2"].T) * H * (1 - H)
            G = {"W2": H.T @ dz2, "b2": dz2.sum(0), "W1": XOR_INPUTS.T @ dz1, "b1": dz1.sum(0)}
            P = {k: P[k] - eta * G[k] for k in P}
        if loss < tol:
            break
    return {"epochs": epoch, "restarts": restart, "loss": loss, "predictions": p[:, 0],
            "correct": int(((p[:, 0] > 0.5) == (XOR_TARGETS[:, 0] > 0.5)).sum()), "params": P}
