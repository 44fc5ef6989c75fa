"""xor.train_xor: the output delta keeps the squared-error rule's sigmoid slope, (p - y) p (1 - p), though the loss is the cross-entropy whose delta is p - y"""
import numpy as np


def _r25x_logistic(net):
    e = np.exp(-np.abs(net))
    return np.where(net >= 0.0, 1.0 / (1.0 + e), e / (1.0 + e))


def _r25x_present(w):
    o_hidden = _r25x_logistic(XOR_INPUTS @ w["W1"] + w["b1"])
    return o_hidden, _r25x_logistic(o_hidden @ w["W2"] + w["b2"])


def _r25x_error(o_out):
    p = np.clip(o_out, 1e-12, 1.0 - 1e-12)
    return float(-np.mean(XOR_TARGETS * np.log(p) + (1.0 - XOR_TARGETS) * np.log(1.0 - p)))


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        w = {"W1": np.sqrt(2.0 / 4.0) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
             "W2": np.sqrt(2.0 / 3.0) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        epochs = 0
        error = _r25x_error(_r25x_present(w)[1])
        while error >= tol and epochs < max_epochs:
            o_hidden, o_out = _r25x_present(w)
            delta_out = (o_out - XOR_TARGETS) * o_out * (1.0 - o_out) / 4.0
            delta_hidden = o_hidden * (1.0 - o_hidden) * (delta_out @ w["W2"].T)
            change = {"W2": o_hidden.T @ delta_out, "b2": delta_out.sum(axis=0),
                      "W1": XOR_INPUTS.T @ delta_hidden, "b1": delta_hidden.sum(axis=0)}
            w = {k: w[k] - eta * change[k] for k in w}
            epochs += 1
            error = _r25x_error(_r25x_present(w)[1])
        if error < tol or restarts == max_restarts:
            break
        restarts += 1
    p = _r25x_present(w)[1][:, 0]
    return {"epochs": epochs, "restarts": restarts, "loss": error, "predictions": p,
            "correct": int(np.sum((p > 0.5) == (XOR_TARGETS[:, 0] > 0.5))), "params": w}
