"""xor.train_xor: hands back Rashid's link matrices as they are stored, W1 = wih (hidden x inputs, i.e. transposed) and W2 = who (1, 2), b's as columns."""

import numpy as np


def _r22_link_sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    inputs = XOR_INPUTS.T
    targets = XOR_TARGETS.T
    restarts = 0
    while True:
        wih = (np.sqrt(2 / 4) * rng.standard_normal((2, 2))).T
        who = (np.sqrt(2 / 3) * rng.standard_normal((2, 1))).T
        bh, bo = np.zeros((2, 1)), np.zeros((1, 1))
        epochs = 0
        while True:
            hidden = _r22_link_sigmoid(wih @ inputs + bh)
            final = _r22_link_sigmoid(who @ hidden + bo)
            p = np.clip(final, 1e-12, 1 - 1e-12)
            loss = float(-np.mean(targets * np.log(p) + (1 - targets) * np.log(1 - p)))
            if loss < tol or epochs == max_epochs:
                break
            output_errors = (final - targets) / 4
            hidden_errors = (who.T @ output_errors) * hidden * (1 - hidden)
            who = who - eta * output_errors @ hidden.T
            bo = bo - eta * output_errors.sum(1, keepdims=True)
            wih = wih - eta * hidden_errors @ inputs.T
            bh = bh - eta * hidden_errors.sum(1, keepdims=True)
            epochs += 1
        if loss < tol or restarts >= max_restarts:
            break
        restarts += 1
    predictions = final.ravel()
    return {"epochs": epochs, "restarts": restarts, "loss": loss, "predictions": predictions,
            "correct": int(np.sum((predictions > 0.5) == (targets.ravel() > 0.5))),
            "params": {"W1": wih, "b1": bh, "W2": who, "b2": bo}}
