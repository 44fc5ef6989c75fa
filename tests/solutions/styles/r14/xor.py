"""XOR 2-2-1 with a small network class hidden behind the two functions (r14 style)."""

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

    @classmethod
    def draw(cls, rng):
        W1 = np.sqrt(2 / 4) * rng.standard_normal((2, 2))
        W2 = np.sqrt(2 / 3) * rng.standard_normal((2, 1))
        return cls({"W1": W1, "b1": np.zeros(2), "W2": W2, "b2": np.zeros(1)})

    def hidden(self, X):
        return _sigmoid(X @ self.p["W1"] + self.p["b1"])

    def output(self, H):
        return _sigmoid(H @ self.p["W2"] + self.p["b2"])

    def loss(self):
        P = np.clip(self.output(self.hidden(XOR_INPUTS)), 1e-12, 1 - 1e-12)
        Y = XOR_TARGETS
        return float(-np.mean(Y * np.log(P) + (1 - Y) * np.log(1 - P)))

    def step(self, eta):
        H = self.hidden(XOR_INPUTS)
        D2 = (self.output(H) - XOR_TARGETS) / len(XOR_INPUTS)
        D1 = (D2 @ self.p["W2"].T) * H * (1 - H)
        g = {"W2": H.T @ D2, "b2": D2.sum(0), "W1": XOR_INPUTS.T @ D1, "b1": D1.sum(0)}
        for k in self.p:
            self.p[k] -= eta * g[k]  # the net owns its arrays


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        net = _Net.draw(rng)
        epochs = 0
        while net.loss() >= tol and epochs < max_epochs:
            net.step(eta)
            epochs += 1
        loss = net.loss()
        if loss < tol or restarts == max_restarts:
            break
        restarts += 1
    pred = net.output(net.hidden(XOR_INPUTS))[:, 0]
    correct = int(np.sum((pred > 0.5) == (XOR_TARGETS[:, 0] > 0.5)))
    return {"epochs": epochs, "restarts": restarts, "loss": loss, "predictions": pred,
            "correct": correct, "params": {k: v.copy() for k, v in net.p.items()}}


def _name(bits, a="x1", b="x2"):
    name = BOOLEAN_FUNCTIONS[tuple(int(v) for v in bits)]
    return name.replace("x1", a).replace("x2", b)


def hidden_logic(params):
    net = _Net(params)
    H = net.hidden(XOR_INPUTS)
    hidden = [_name(H[:, j] > 0.5) for j in range(2)]
    out_on_patterns = net.output(XOR_INPUTS)[:, 0] > 0.5  # the binary (h1, h2) patterns are XOR_INPUTS' rows
    network = net.output(H)[:, 0] > 0.5
    return {"hidden": hidden, "output": _name(out_on_patterns, "h1", "h2"), "network": _name(network)}
