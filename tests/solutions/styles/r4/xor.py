"""Correct solution of exercises/xor.py, r4 style: a Net221 class with forward/backward/step, a generator of fresh starts from one rng."""

import numpy as np

XOR_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_TARGETS = np.array([[0.0], [1.0], [1.0], [0.0]])

# truth table on (0,0), (0,1), (1,0), (1,1) -> name, for every two-input boolean function
BOOLEAN_FUNCTIONS = {
    (0, 0, 0, 0): "FALSE", (0, 0, 0, 1): "AND", (0, 0, 1, 0): "x1 AND NOT x2", (0, 0, 1, 1): "x1",
    (0, 1, 0, 0): "NOT x1 AND x2", (0, 1, 0, 1): "x2", (0, 1, 1, 0): "XOR", (0, 1, 1, 1): "OR",
    (1, 0, 0, 0): "NOR", (1, 0, 0, 1): "XNOR", (1, 0, 1, 0): "NOT x2", (1, 0, 1, 1): "x1 OR NOT x2",
    (1, 1, 0, 0): "NOT x1", (1, 1, 0, 1): "NOT x1 OR x2", (1, 1, 1, 0): "NAND", (1, 1, 1, 1): "TRUE",
}


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


class Net221:
    def __init__(self, params):
        self.params = {k: np.asarray(v, dtype=np.float64) for k, v in params.items()}

    @classmethod
    def draw(cls, rng):
        W1 = np.sqrt(2 / 4) * rng.standard_normal((2, 2))
        W2 = np.sqrt(2 / 3) * rng.standard_normal((2, 1))
        return cls({"W1": W1, "b1": np.zeros(2), "W2": W2, "b2": np.zeros(1)})

    def forward(self, X):
        p = self.params
        self.X = X
        self.A1 = _sigmoid(X @ p["W1"] + p["b1"])
        self.P = _sigmoid(self.A1 @ p["W2"] + p["b2"])
        return self.P

    def loss(self):
        P = np.clip(self.forward(XOR_INPUTS), 1e-12, 1 - 1e-12)
        return float(-np.mean(XOR_TARGETS * np.log(P) + (1 - XOR_TARGETS) * np.log(1 - P)))

    def backward(self):
        p, A1 = self.params, self.A1
        d2 = (self.P - XOR_TARGETS) / len(XOR_TARGETS)
        d1 = (d2 @ p["W2"].T) * A1 * (1 - A1)
        return {"W1": self.X.T @ d1, "b1": d1.sum(axis=0), "W2": A1.T @ d2, "b2": d2.sum(axis=0)}

    def step(self, eta):
        grads = self.backward()
        self.params = {k: v - eta * grads[k] for k, v in self.params.items()}


def _starts(rng, max_restarts):
    for restart in range(max_restarts + 1):
        yield restart, Net221.draw(rng)


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    for restart, net in _starts(rng, max_restarts):
        epochs, loss = 0, net.loss()
        while loss >= tol and epochs < max_epochs:
            net.step(eta)
            epochs += 1
            loss = net.loss()
        if loss < tol:
            break
    p = net.forward(XOR_INPUTS)[:, 0]
    return {"epochs": epochs, "restarts": restart, "loss": loss, "predictions": p,
            "correct": int(np.count_nonzero((p > 0.5) == (XOR_TARGETS[:, 0] > 0.5))), "params": net.params}


def _name(values):
    return BOOLEAN_FUNCTIONS[tuple(int(v > 0.5) for v in values)]


def hidden_logic(params):
    p = {k: np.asarray(v, dtype=np.float64) for k, v in params.items()}
    hidden = _sigmoid(XOR_INPUTS @ p["W1"] + p["b1"])
    output = _sigmoid(XOR_INPUTS @ p["W2"] + p["b2"])[:, 0]
    network = _sigmoid(hidden @ p["W2"] + p["b2"])[:, 0]
    return {"hidden": [_name(hidden[:, j]) for j in range(hidden.shape[1])],
            "output": _name(output).replace("x1", "h1").replace("x2", "h2"),
            "network": _name(network)}
