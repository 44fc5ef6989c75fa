"""xor.train_xor: backpropagates Rashid's squared-error signal (p - y) * p * (1 - p) instead of the cross-entropy's (p - y), so it descends the wrong loss."""

import numpy as np


def _r22_mse_sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def _r22_mse_bce(params):
    A1 = _r22_mse_sigmoid(XOR_INPUTS @ params["W1"] + params["b1"])
    p = np.clip(_r22_mse_sigmoid(A1 @ params["W2"] + params["b2"]), 1e-12, 1 - 1e-12)
    return float(-np.mean(XOR_TARGETS * np.log(p) + (1 - XOR_TARGETS) * np.log(1 - p))), A1, p


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        params = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
                  "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        epochs = 0
        loss, A1, p = _r22_mse_bce(params)
        while loss >= tol and epochs < max_epochs:
            output_errors = (p - XOR_TARGETS) * p * (1 - p) / 4
            hidden_errors = (output_errors @ params["W2"].T) * A1 * (1 - A1)
            params = {"W1": params["W1"] - eta * XOR_INPUTS.T @ hidden_errors,
                      "b1": params["b1"] - eta * hidden_errors.sum(0),
                      "W2": params["W2"] - eta * A1.T @ output_errors,
                      "b2": params["b2"] - eta * output_errors.sum(0)}
            epochs += 1
            loss, A1, p = _r22_mse_bce(params)
        if loss < tol or restarts >= max_restarts:
            break
        restarts += 1
    predictions = p.ravel()
    return {"epochs": epochs, "restarts": restarts, "loss": loss, "predictions": predictions,
            "correct": int(np.sum((predictions > 0.5) == (XOR_TARGETS.ravel() > 0.5))), "params": params}
