"""XOR 2-2-1 network; sigmoid through logaddexp, loss from clipped log-probabilities (stable style)."""

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
    return np.exp(-np.logaddexp(0.0, -z))


def _bce(p):
    p = np.clip(p, 1e-12, 1.0 - 1e-12)
    y = XOR_TARGETS
    return float(-np.mean(y * np.log(p) + (1.0 - y) * np.log1p(-p)))


def _forward(params):
    A1 = _sigmoid(XOR_INPUTS @ params["W1"] + params["b1"])
    return A1, _sigmoid(A1 @ params["W2"] + params["b2"])


def _gradients(params, A1, p):
    dZ2 = (p - XOR_TARGETS) / 4.0
    dZ1 = (dZ2 @ params["W2"].T) * A1 * (1.0 - A1)
    return {"W1": XOR_INPUTS.T @ dZ1, "b1": dZ1.sum(0), "W2": A1.T @ dZ2, "b2": dZ2.sum(0)}


def _train_once(rng, eta, max_epochs, tol):
    params = {"W1": np.sqrt(0.5) * rng.standard_normal((2, 2)), "b1": np.zeros(2)}
    params["W2"] = np.sqrt(2.0 / 3.0) * rng.standard_normal((2, 1))
    params["b2"] = np.zeros(1)
    for epoch in range(max_epochs + 1):
        A1, p = _forward(params)
        loss = _bce(p)
        if loss < tol or epoch == max_epochs:
            return params, epoch, loss, p
        grads = _gradients(params, A1, p)
        params = {k: params[k] - eta * grads[k] for k in params}


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    restarts = 0
    params, epochs, loss, p = _train_once(rng, eta, max_epochs, tol)
    while loss >= tol and restarts < max_restarts:
        restarts += 1
        params, epochs, loss, p = _train_once(rng, eta, max_epochs, tol)
    return {"epochs": epochs, "restarts": restarts, "loss": loss, "predictions": p.ravel(),
            "correct": int(np.count_nonzero((p.ravel() > 0.5) == (XOR_TARGETS.ravel() > 0.5))), "params": params}


def _name(values):
    return BOOLEAN_FUNCTIONS[tuple(int(v) for v in (np.asarray(values).ravel() > 0.5))]


def hidden_logic(params):
    params = {k: np.asarray(v, dtype=np.float64) for k, v in params.items()}
    A1, p = _forward(params)
    corners = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    out = _sigmoid(corners @ params["W2"] + params["b2"])
    return {"hidden": [_name(A1[:, j]) for j in range(A1.shape[1])],
            "output": _name(out).replace("x1", "h1").replace("x2", "h2"),
            "network": _name(p)}
