"""xor.train_xor: right: the logistic written as (1 + tanh(net / 2)) / 2, equal to it within rounding and saturating without overflow"""
import numpy as np


def _r25v_logistic(net):
    return 0.5 * (1.0 + np.tanh(0.5 * net))


def _r25v_present(w):
    o_hidden = _r25v_logistic(XOR_INPUTS @ w["W1"] + w["b1"])
    return o_hidden, _r25v_logistic(o_hidden @ w["W2"] + w["b2"])


def _r25v_error(o_out):
    p = np.clip(o_out, 1e-12, 1.0 - 1e-12)
    return float(-np.mean(XOR_TARGETS * np.log(p) + (1.0 - XOR_TARGETS) * np.log(1.0 - p)))


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        w = {"W1": np.sqrt(2.0 / 4.0) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
             "W2": np.sqrt(2.0 / 3.0) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        epochs = 0
        error = _r25v_error(_r25v_present(w)[1])
        while error >= tol and epochs < max_epochs:
            o_hidden, o_out = _r25v_present(w)
            delta_out = (o_out - XOR_TARGETS) / 4.0
            delta_hidden = o_hidden * (1.0 - o_hidden) * (delta_out @ w["W2"].T)
            change = {"W2": o_hidden.T @ delta_out, "b2": delta_out.sum(axis=0),
                      "W1": XOR_INPUTS.T @ delta_hidden, "b1": delta_hidden.sum(axis=0)}
            w = {k: w[k] - eta * change[k] for k in w}
            epochs += 1
            error = _r25v_error(_r25v_present(w)[1])
        if error < tol or restarts == max_restarts:
            break
        restarts += 1
    p = _r25v_present(w)[1][:, 0]
    return {"epochs": epochs, "restarts": restarts, "loss": error, "predictions": p,
            "correct": int(np.sum((p > 0.5) == (XOR_TARGETS[:, 0] > 0.5))), "params": w}
