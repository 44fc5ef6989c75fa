"""xor.train_xor: updates the weights after each pattern in turn (pattern-mode, online learning) instead of one full-batch gradient step per epoch"""
import numpy as np


def _r25w_logistic(net):
    e = np.exp(-np.abs(net))
    return np.where(net >= 0.0, 1.0 / (1.0 + e), e / (1.0 + e))


def _r25w_present(w):
    o_hidden = _r25w_logistic(XOR_INPUTS @ w["W1"] + w["b1"])
    return o_hidden, _r25w_logistic(o_hidden @ w["W2"] + w["b2"])


def _r25w_error(o_out):
    p = np.clip(o_out, 1e-12, 1.0 - 1e-12)
    return float(-np.mean(XOR_TARGETS * np.log(p) + (1.0 - XOR_TARGETS) * np.log(1.0 - p)))


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        w = {"W1": np.sqrt(2.0 / 4.0) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
             "W2": np.sqrt(2.0 / 3.0) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        epochs = 0
        error = _r25w_error(_r25w_present(w)[1])
        while error >= tol and epochs < max_epochs:
            for p in range(4):
                x, t = XOR_INPUTS[p:p + 1], XOR_TARGETS[p:p + 1]
                o_hidden = _r25w_logistic(x @ w["W1"] + w["b1"])
                o_out = _r25w_logistic(o_hidden @ w["W2"] + w["b2"])
                delta_out = (o_out - t) / 4.0
                delta_hidden = o_hidden * (1.0 - o_hidden) * (delta_out @ w["W2"].T)
                change = {"W2": o_hidden.T @ delta_out, "b2": delta_out.sum(axis=0),
                          "W1": x.T @ delta_hidden, "b1": delta_hidden.sum(axis=0)}
                w = {k: w[k] - eta * change[k] for k in w}
            epochs += 1
            error = _r25w_error(_r25w_present(w)[1])
        if error < tol or restarts == max_restarts:
            break
        restarts += 1
    p = _r25w_present(w)[1][:, 0]
    return {"epochs": epochs, "restarts": restarts, "loss": error, "predictions": p,
            "correct": int(np.sum((p > 0.5) == (XOR_TARGETS[:, 0] > 0.5))), "params": w}
