"""Style r11: XOR with the tanh form of the sigmoid, a params dict updated by name, truth tables as bit tuples."""

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
    return 0.5 + 0.5 * np.tanh(0.5 * z)


def _draw(rng):
    W1 = np.sqrt(0.5) * rng.standard_normal((2, 2))
    W2 = np.sqrt(2.0 / 3.0) * rng.standard_normal((1, 2)).T  # same two numbers as a (2, 1) draw
    return {"W1": W1, "b1": np.zeros(2), "W2": W2, "b2": np.zeros(1)}


def _forward(p):
    hidden = _sigmoid(XOR_INPUTS @ p["W1"] + p["b1"])
    return hidden, _sigmoid(hidden @ p["W2"] + p["b2"])


def _loss(out):
    q = np.clip(out, 1e-12, 1.0 - 1e-12)
    return float(-np.mean(XOR_TARGETS * np.log(q) + (1.0 - XOR_TARGETS) * np.log1p(-q)))


def _grads(p, hidden, out):
    d_out = (out - XOR_TARGETS) / 4.0
    d_hidden = (d_out @ p["W2"].T) * hidden * (1.0 - hidden)
    return {"W2": hidden.T @ d_out, "b2": d_out.sum(0), "W1": XOR_INPUTS.T @ d_hidden, "b1": d_hidden.sum(0)}


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        p = _draw(rng)
        steps = 0
        hidden, out = _forward(p)
        while _loss(out) >= tol and steps < max_epochs:
            g = _grads(p, hidden, out)
            p = {k: v - eta * g[k] for k, v in p.items()}
            steps += 1
            hidden, out = _forward(p)
        if _loss(out) < tol or restarts == max_restarts:
            break
        restarts += 1
    probs = out[:, 0].copy()
    return {"epochs": steps, "restarts": restarts, "loss": _loss(out), "predictions": probs,
            "correct": int(np.sum((probs > 0.5) == (XOR_TARGETS[:, 0] == 1))), "params": p}


def _table(values):
    return tuple(int(v) for v in (np.ravel(values) > 0.5))


def hidden_logic(params):
    W1, b1 = np.asarray(params["W1"], float), np.asarray(params["b1"], float)
    W2, b2 = np.asarray(params["W2"], float), np.asarray(params["b2"], float)
    hidden = _sigmoid(XOR_INPUTS @ W1 + b1)
    names = [BOOLEAN_FUNCTIONS[_table(hidden[:, j])] for j in range(2)]
    # the output unit as a function of binary hidden patterns: the same four corners
    on_corners = BOOLEAN_FUNCTIONS[_table(_sigmoid(XOR_INPUTS @ W2 + b2))]
    network = BOOLEAN_FUNCTIONS[_table(_sigmoid(hidden @ W2 + b2))]
    return {"hidden": names, "output": on_corners.replace("x", "h"), "network": network}
