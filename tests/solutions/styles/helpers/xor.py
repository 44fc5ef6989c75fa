"""XOR 2-2-1 network from helpers: init, forward, backward, one start, truth-table naming (helpers style)."""

import numpy as np

XOR_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_TARGETS = np.array([[0.0], [1.0], [1.0], [0.0]])

BOOLEAN_FUNCTIONS = {
    (0, 0, 0, 0): "FALSE", (0, 0, 0, 1): "AND", (0, 0, 1, 0): "x1 AND NOT x2", (0, 0, 1, 1): "x1",
    (0, 1, 0, 0): "NOT x1 AND x2", (0, 1, 0, 1): "x2", (0, 1, 1, 0): "XOR", (0, 1, 1, 1): "OR",
    (1, 0, 0, 0): "NOR", (1, 0, 0, 1): "XNOR", (1, 0, 1, 0): "NOT x2", (1, 0, 1, 1): "x1 OR NOT x2",
    (1, 1, 0, 0): "NOT x1", (1, 1, 0, 1): "NOT x1 OR x2", (1, 1, 1, 0): "NAND", (1, 1, 1, 1): "TRUE",
}
_RENAME = str.maketrans({"x": "h"})


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _xavier_normal(n_in, n_out, rng):
    return np.sqrt(2.0 / (n_in + n_out)) * rng.standard_normal((n_in, n_out))


def _init_params(widths, rng):
    params = {}
    for l in range(1, len(widths)):
        params[f"W{l}"] = _xavier_normal(widths[l - 1], widths[l], rng)
        params[f"b{l}"] = np.zeros(widths[l])
    return params


def _forward(params, X=XOR_INPUTS):
    A1 = _sigmoid(X @ params["W1"] + params["b1"])
    return A1, _sigmoid(A1 @ params["W2"] + params["b2"])


def _bce(p, y=XOR_TARGETS):
    p = np.clip(p, 1e-12, 1 - 1e-12)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def _backward(params, A1, p):
    d2 = (p - XOR_TARGETS) / len(XOR_TARGETS)
    d1 = d2 @ params["W2"].T * A1 * (1 - A1)
    return {"W1": XOR_INPUTS.T @ d1, "b1": d1.sum(0), "W2": A1.T @ d2, "b2": d2.sum(0)}


def _one_start(rng, eta, max_epochs, tol):
    params = _init_params([2, 2, 1], rng)
    epochs = 0
    A1, p = _forward(params)
    while _bce(p) >= tol and epochs < max_epochs:
        grads = _backward(params, A1, p)
        params = {k: params[k] - eta * grads[k] for k in params}
        epochs += 1
        A1, p = _forward(params)
    return params, epochs, _bce(p), p[:, 0]


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    restarts = -1
    loss = np.inf
    while loss >= tol and restarts < max_restarts:
        restarts += 1
        params, epochs, loss, p = _one_start(rng, eta, max_epochs, tol)
    return {"epochs": epochs, "restarts": restarts, "loss": loss, "predictions": p,
            "correct": int(((p > 0.5) == (XOR_TARGETS[:, 0] == 1)).sum()), "params": params}


def _name(outputs):
    return BOOLEAN_FUNCTIONS[tuple(int(o > 0.5) for o in np.ravel(outputs))]


def hidden_logic(params):
    params = {k: np.asarray(v, dtype=np.float64) for k, v in params.items()}
    A1, p = _forward(params)
    hidden_patterns = XOR_INPUTS  # (h1, h2) in (0,0), (0,1), (1,0), (1,1) order
    output = _sigmoid(hidden_patterns @ params["W2"] + params["b2"])
    return {"hidden": [_name(A1[:, 0]), _name(A1[:, 1])], "output": _name(output).translate(_RENAME),
            "network": _name(p)}
