"""XOR with a small private network class; sigmoid as 0.5 (1 + tanh(z / 2))."""

import numpy as np

XOR_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_TARGETS = np.array([[0.0], [1.0], [1.0], [0.0]])

BOOLEAN_FUNCTIONS = {
    (0, 0, 0, 0): "FALSE", (0, 0, 0, 1): "AND", (0, 0, 1, 0): "x1 AND NOT x2", (0, 0, 1, 1): "x1",
    (0, 1, 0, 0): "NOT x1 AND x2", (0, 1, 0, 1): "x2", (0, 1, 1, 0): "XOR", (0, 1, 1, 1): "OR",
    (1, 0, 0, 0): "NOR", (1, 0, 0, 1): "XNOR", (1, 0, 1, 0): "NOT x2", (1, 0, 1, 1): "x1 OR NOT x2",
    (1, 1, 0, 0): "NOT x1", (1, 1, 0, 1): "NOT x1 OR x2", (1, 1, 1, 0): "NAND", (1, 1, 1, 1): "TRUE",
}


def _sig(z):
    # tanh saturates to +-1 without overflow, so this never warns.
    return 0.5 * (1.0 + np.tanh(0.5 * z))


class _Net:
    def __init__(self, params):
        self.p = {k: np.array(v, dtype=np.float64) for k, v in params.items()}

    @classmethod
    def draw(cls, rng):
        return cls({"W1": np.sqrt(0.5) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
                    "W2": np.sqrt(2.0 / 3.0) * rng.standard_normal((2, 1)), "b2": np.zeros(1)})

    def hidden(self, X):
        return _sig(X @ self.p["W1"] + self.p["b1"])

    def out(self, H):
        return _sig(H @ self.p["W2"] + self.p["b2"])

    def loss(self):
        p = np.clip(self.out(self.hidden(XOR_INPUTS)), 1e-12, 1 - 1e-12)
        y = XOR_TARGETS
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log1p(-p)))

    def step(self, eta):
        H = self.hidden(XOR_INPUTS)
        P = self.out(H)
        d2 = (P - XOR_TARGETS) / len(XOR_INPUTS)
        d1 = (d2 @ self.p["W2"].T) * H * (1.0 - H)
        grads = {"W2": H.T @ d2, "b2": d2.sum(0), "W1": XOR_INPUTS.T @ d1, "b1": d1.sum(0)}
        for k, g in grads.items():
            self.p[k] -= eta * g


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    restarts = -1
    while True:
        restarts += 1
        net = _Net.draw(rng)
        epochs = 0
        loss = net.loss()
        while loss >= tol and epochs < max_epochs:
            net.step(eta)
            epochs += 1
            loss = net.loss()
        if loss < tol or restarts == max_restarts:
            break
    p = net.out(net.hidden(XOR_INPUTS))[:, 0]
    correct = int(np.count_nonzero((p > 0.5) == (XOR_TARGETS[:, 0] > 0.5)))
    return {"epochs": epochs, "restarts": restarts, "loss": loss, "predictions": p, "correct": correct,
            "params": net.p}


def _name(column, rename=None):
    name = BOOLEAN_FUNCTIONS[tuple(int(v) for v in column > 0.5)]
    return name.replace("x1", "h1").replace("x2", "h2") if rename else name


def hidden_logic(params):
    net = _Net(params)
    H = net.hidden(XOR_INPUTS)
    binary = XOR_INPUTS  # the four (h1, h2) patterns are the same 0/1 grid
    return {"hidden": [_name(H[:, j]) for j in range(2)],
            "output": _name(net.out(binary)[:, 0], rename=True),
            "network": _name(net.out(H)[:, 0])}
