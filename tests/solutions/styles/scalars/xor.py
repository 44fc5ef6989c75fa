"""XOR 2-2-1 network with np.float64 constants and scalar bookkeeping (scalars style)."""

import numpy as np

XOR_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_TARGETS = np.array([[0.0], [1.0], [1.0], [0.0]])

BOOLEAN_FUNCTIONS = {
    (0, 0, 0, 0): "FALSE", (0, 0, 0, 1): "AND", (0, 0, 1, 0): "x1 AND NOT x2", (0, 0, 1, 1): "x1",
    (0, 1, 0, 0): "NOT x1 AND x2", (0, 1, 0, 1): "x2", (0, 1, 1, 0): "XOR", (0, 1, 1, 1): "OR",
    (1, 0, 0, 0): "NOR", (1, 0, 0, 1): "XNOR", (1, 0, 1, 0): "NOT x2", (1, 0, 1, 1): "x1 OR NOT x2",
    (1, 1, 0, 0): "NOT x1", (1, 1, 0, 1): "NOT x1 OR x2", (1, 1, 1, 0): "NAND", (1, 1, 1, 1): "TRUE",
}

ONE = np.float64(1)
HALF = np.float64(0.5)
LO = np.float64(1e-12)


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, ONE, e) / (ONE + e)


def _forward(W1, b1, W2, b2, X=XOR_INPUTS):
    H = _sigmoid(X @ W1 + b1)
    return H, _sigmoid(H @ W2 + b2)


def _loss(p):
    q = np.clip(p, LO, ONE - LO)
    return np.float64(-np.mean(XOR_TARGETS * np.log(q) + (ONE - XOR_TARGETS) * np.log(ONE - q)))


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    eta, tol = np.float64(eta), np.float64(tol)
    restarts = 0
    while True:
        W1 = np.sqrt(np.float64(2) / np.float64(4)) * rng.standard_normal((2, 2))
        W2 = np.sqrt(np.float64(2) / np.float64(3)) * rng.standard_normal((2, 1))
        b1, b2 = np.zeros(2), np.zeros(1)
        H, p = _forward(W1, b1, W2, b2)
        loss = _loss(p)
        epochs = 0
        while loss >= tol and epochs < max_epochs:
            d2 = (p - XOR_TARGETS) / np.float64(4)
            d1 = (d2 @ W2.T) * H * (ONE - H)
            W2, b2 = W2 - eta * (H.T @ d2), b2 - eta * d2.sum(axis=0)
            W1, b1 = W1 - eta * (XOR_INPUTS.T @ d1), b1 - eta * d1.sum(axis=0)
            epochs += 1
            H, p = _forward(W1, b1, W2, b2)
            loss = _loss(p)
        if loss < tol or restarts == max_restarts:
            break
        restarts += 1
    predictions = p[:, 0]
    correct = int(np.sum((predictions > HALF) == (XOR_TARGETS[:, 0] > HALF)))
    return {"epochs": int(epochs), "restarts": int(restarts), "loss": loss, "predictions": predictions,
            "correct": correct, "params": {"W1": W1, "b1": b1, "W2": W2, "b2": b2}}


def _truth(values):
    return BOOLEAN_FUNCTIONS[tuple(int(v > HALF) for v in values)]


def hidden_logic(params):
    W1, b1, W2, b2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2", "b2"))
    H, p = _forward(W1, b1, W2, b2)
    out = _sigmoid(XOR_INPUTS @ W2 + b2)
    return {"hidden": [_truth(H[:, 0]), _truth(H[:, 1])],
            "output": _truth(out[:, 0]).replace("x1", "h1").replace("x2", "h2"),
            "network": _truth(p[:, 0])}
