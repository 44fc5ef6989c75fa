"""Correct solution of exercises/xor.py, class-based: one object per start, sigmoid in its tanh form."""

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
    return 0.5 * (1.0 + np.tanh(0.5 * z))


class _Start:
    """One start of the 2-2-1 network: Xavier normal weights from rng, layer 1 first, zero biases."""

    def __init__(self, rng):
        self.params = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
                       "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}

    def forward(self):
        A1 = _sigmoid(XOR_INPUTS @ self.params["W1"] + self.params["b1"])
        return A1, _sigmoid(A1 @ self.params["W2"] + self.params["b2"])

    def loss(self):
        p = np.clip(self.forward()[1], 1e-12, 1 - 1e-12)
        return float(-np.mean(XOR_TARGETS * np.log(p) + (1 - XOR_TARGETS) * np.log(1 - p)))

    def step(self, eta):
        A1, p = self.forward()
        d2 = (p - XOR_TARGETS) / 4
        d1 = (d2 @ self.params["W2"].T) * A1 * (1 - A1)
        grads = {"W1": XOR_INPUTS.T @ d1, "b1": d1.sum(axis=0), "W2": A1.T @ d2, "b2": d2.sum(axis=0)}
        self.params = {k: v - eta * grads[k] for k, v in self.params.items()}

    def train(self, eta, max_epochs, tol):
        """Gradient steps until the loss is below tol or max_epochs steps were taken; returns (steps, loss)."""
        steps, loss = 0, self.loss()
        while loss >= tol and steps < max_epochs:
            self.step(eta)
            steps, loss = steps + 1, self.loss()
        return steps, loss


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    restarts = 0
    start = _Start(rng)
    steps, loss = start.train(eta, max_epochs, tol)
    while loss >= tol and restarts < max_restarts:
        restarts += 1
        start = _Start(rng)
        steps, loss = start.train(eta, max_epochs, tol)
    p = start.forward()[1][:, 0]
    return {"epochs": steps, "restarts": restarts, "loss": loss, "predictions": p,
            "correct": int(np.sum((p > 0.5) == (XOR_TARGETS[:, 0] > 0.5))), "params": start.params}


def _name(values):
    return BOOLEAN_FUNCTIONS[tuple(int(v > 0.5) for v in values)]


def hidden_logic(params):
    hidden = _sigmoid(XOR_INPUTS @ params["W1"] + params["b1"])
    output = _sigmoid(XOR_INPUTS @ params["W2"] + params["b2"])[:, 0]
    network = _sigmoid(hidden @ params["W2"] + params["b2"])[:, 0]
    return {"hidden": [_name(hidden[:, j]) for j in range(hidden.shape[1])],
            "output": _name(output).replace("x1", "h1").replace("x2", "h2"),
            "network": _name(network)}
