"""A correct solution of exercises/xor.py, style r6: a tiny Net class with __call__ and an explicit training loop."""
import math

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
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


class _Net:
    def __init__(self, params):
        self.p = {k: np.array(v, dtype=np.float64) for k, v in params.items()}

    def hidden(self, X):
        return _sigmoid(X @ self.p["W1"] + self.p["b1"])

    def head(self, H):
        return _sigmoid(H @ self.p["W2"] + self.p["b2"])

    def __call__(self, X):
        return self.head(self.hidden(X))

    def loss(self):
        p = np.clip(self(XOR_INPUTS), 1e-12, 1.0 - 1e-12)
        y = XOR_TARGETS
        return float(-np.mean(y * np.log(p) + (1.0 - y) * np.log(1.0 - p)))

    def step(self, eta):
        H = self.hidden(XOR_INPUTS)
        p = self.head(H)
        d2 = (p - XOR_TARGETS) / 4.0
        d1 = (d2 @ self.p["W2"].T) * H * (1.0 - H)
        grads = {"W2": H.T @ d2, "b2": d2.sum(0), "W1": XOR_INPUTS.T @ d1, "b1": d1.sum(0)}
        return _Net({k: self.p[k] - eta * grads[k] for k in self.p})


def _draw(rng):
    W1 = math.sqrt(2.0 / 4.0) * rng.standard_normal((2, 2))
    W2 = math.sqrt(2.0 / 3.0) * rng.standard_normal((2, 1))
    return _Net({"W1": W1, "b1": np.zeros(2), "W2": W2, "b2": np.zeros(1)})


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        net, epochs = _draw(rng), 0
        while net.loss() >= tol and epochs < max_epochs:
            net, epochs = net.step(eta), epochs + 1
        if net.loss() < tol or restarts == max_restarts:
            break
        restarts += 1
    p = net(XOR_INPUTS).ravel()
    return {"epochs": epochs, "restarts": restarts, "loss": net.loss(), "predictions": p,
            "correct": int(np.sum((p > 0.5) == (XOR_TARGETS.ravel() > 0.5))), "params": net.p}


def _name(bits, rename=False):
    name = BOOLEAN_FUNCTIONS[tuple(int(b) for b in bits)]
    return name.replace("x1", "h1").replace("x2", "h2") if rename else name


def hidden_logic(params):
    net = _Net(params)
    H = net.hidden(XOR_INPUTS)
    hidden = [_name(H[:, j] > 0.5) for j in range(2)]
    output = _name(net.head(XOR_INPUTS).ravel() > 0.5, rename=True)
    network = _name(net(XOR_INPUTS).ravel() > 0.5)
    return {"hidden": hidden, "output": output, "network": network}
