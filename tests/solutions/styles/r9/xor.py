"""xor with a generator of fresh starts and a step function; hidden_logic via np.vectorize over the truth-table rows."""

import itertools

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
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # tanh saturates: no overflow at any size


def _forward(p, X):
    A1 = _sigmoid(X @ p["W1"] + p["b1"])
    return A1, _sigmoid(A1 @ p["W2"] + p["b2"])


def _loss(p):
    q = np.clip(_forward(p, XOR_INPUTS)[1], 1e-12, 1.0 - 1e-12)
    y = XOR_TARGETS
    return float(-np.mean(y * np.log(q) + (1.0 - y) * np.log(1.0 - q)))


def _step(p, eta):
    X, y = XOR_INPUTS, XOR_TARGETS
    A1, out = _forward(p, X)
    d2 = (out - y) / 4.0
    d1 = (d2 @ p["W2"].T) * A1 * (1.0 - A1)
    g = {"W2": A1.T @ d2, "b2": d2.sum(0), "W1": X.T @ d1, "b1": d1.sum(0)}
    return {k: p[k] - eta * g[k] for k in p}


def _starts(rng):
    while True:
        W1 = np.sqrt(2.0 / 4.0) * rng.standard_normal((2, 2))
        W2 = np.sqrt(2.0 / 3.0) * rng.standard_normal((2, 1))
        yield {"W1": W1, "b1": np.zeros(2), "W2": W2, "b2": np.zeros(1)}


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    for restarts, p in zip(itertools.count(), _starts(rng)):
        steps = 0
        while _loss(p) >= tol and steps < max_epochs:
            p = _step(p, eta)
            steps += 1
        if _loss(p) < tol or restarts >= max_restarts:
            break
    probs = _forward(p, XOR_INPUTS)[1].ravel()
    correct = int(np.sum((probs > 0.5) == (XOR_TARGETS.ravel() == 1)))
    return {"epochs": steps, "restarts": restarts, "loss": _loss(p), "predictions": probs.astype(np.float64),
            "correct": correct, "params": {k: v.astype(np.float64) for k, v in p.items()}}


def _name(bits, a="x1", b="x2"):
    name = BOOLEAN_FUNCTIONS[tuple(int(v) for v in bits)]
    return name.replace("x1", a).replace("x2", b)


def hidden_logic(params):
    p = {k: np.asarray(v, dtype=np.float64) for k, v in params.items()}
    A1, out = _forward(p, XOR_INPUTS)
    above = np.vectorize(lambda v: int(v > 0.5))
    hidden = [_name(above(A1[:, j])) for j in range(2)]
    corners = np.array(list(itertools.product([0.0, 1.0], repeat=2)))
    gate = _sigmoid(corners @ p["W2"] + p["b2"]).ravel()
    return {"hidden": hidden, "output": _name(above(gate), "h1", "h2"), "network": _name(above(out.ravel()))}
