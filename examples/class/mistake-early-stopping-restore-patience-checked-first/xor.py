"""A correct student solution of exercises/xor.py."""

import numpy as np

XOR_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_TARGETS = np.array([[0.0], [1.0], [1.0], [0.0]])
BOOLEAN_FUNCTIONS = {
    (0, 0, 0, 0): "FALSE", (0, 0, 0, 1): "AND", (0, 0, 1, 0): "x1 AND NOT x2", (0, 0, 1, 1): "x1",
    (0, 1, 0, 0): "NOT x1 AND x2", (0, 1, 0, 1): "x2", (0, 1, 1, 0): "XOR", (0, 1, 1, 1): "OR",
    (1, 0, 0, 0): "NOR", (1, 0, 0, 1): "XNOR", (1, 0, 1, 0): "NOT x2", (1, 0, 1, 1): "x1 OR NOT x2",
    (1, 1, 0, 0): "NOT x1", (1, 1, 0, 1): "NOT x1 OR x2", (1, 1, 1, 0): "NAND", (1, 1, 1, 1): "TRUE",
}


def _sigmoid(z):
    e = np.exp(-np.abs(z))  # never overflows: 1/(1+e) for z >= 0, e/(1+e) below
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def _forward(X, params):
    A1 = _sigmoid(X @ params["W1"] + params["b1"])
    return A1, _sigmoid(A1 @ params["W2"] + params["b2"])


def _loss(p):
    p = np.clip(p, 1e-12, 1 - 1e-12)
    return float(-np.mean(XOR_TARGETS * np.log(p) + (1 - XOR_TARGETS) * np.log(1 - p)))


def _gradients(params):
    A1, p = _forward(XOR_INPUTS, params)
    d2 = (p - XOR_TARGETS) / len(XOR_INPUTS)
    d1 = d2 @ params["W2"].T * A1 * (1 - A1)
    return {"W1": XOR_INPUTS.T @ d1, "b1": d1.sum(axis=0), "W2": A1.T @ d2, "b2": d2.sum(axis=0)}


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    for restart in range(max_restarts + 1):
        params = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
                  "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        for epoch in range(max_epochs + 1):
            loss = _loss(_forward(XOR_INPUTS, params)[1])
            if loss < tol or epoch == max_epochs:
                break
            grads = _gradients(params)
            params = {k: params[k] - eta * grads[k] for k in params}
        if loss < tol:
            break
    p = _forward(XOR_INPUTS, params)[1][:, 0]
    correct = int(np.sum((p > 0.5) == XOR_TARGETS[:, 0].astype(bool)))
    return {"epochs": epoch, "restarts": restart, "loss": loss, "predictions": p, "correct": correct, "params": params}


def _table(values):
    return tuple(int(v > 0.5) for v in values)


def hidden_logic(params):
    hidden = _sigmoid(XOR_INPUTS @ params["W1"] + params["b1"])
    on_patterns = _sigmoid(XOR_INPUTS @ params["W2"] + params["b2"])[:, 0]
    return {"hidden": [BOOLEAN_FUNCTIONS[_table(hidden[:, j])] for j in range(hidden.shape[1])],
            "output": BOOLEAN_FUNCTIONS[_table(on_patterns)].replace("x", "h"),
            "network": BOOLEAN_FUNCTIONS[_table(_forward(XOR_INPUTS, params)[1][:, 0])]}
