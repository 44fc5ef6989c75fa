"""XOR with a 2-2-1 sigmoid network, micrograd-minded: every quantity of the forward pass is
kept by name, the backward walks them in reverse topological order; stable sigmoid by tanh."""

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
    return 0.5 + 0.5 * np.tanh(0.5 * np.asarray(z, dtype=np.float64))


def _graph(params, X=XOR_INPUTS):
    g = {"X": X}
    g["z1"] = X @ params["W1"] + params["b1"]
    g["h"] = _sigmoid(g["z1"])
    g["z2"] = g["h"] @ params["W2"] + params["b2"]
    g["p"] = _sigmoid(g["z2"])
    return g


def _bce(p):
    p = np.clip(p, 1e-12, 1 - 1e-12)
    return float(-np.mean(XOR_TARGETS * np.log(p) + (1 - XOR_TARGETS) * np.log(1 - p)))


def _grads(params, g):
    dz2 = (g["p"] - XOR_TARGETS) / len(XOR_TARGETS)
    dh = dz2 @ params["W2"].T
    dz1 = dh * g["h"] * (1.0 - g["h"])
    return {"W2": g["h"].T @ dz2, "b2": dz2.sum(0), "W1": g["X"].T @ dz1, "b1": dz1.sum(0)}


def _xavier(fan_in, fan_out, rng):
    return np.sqrt(2 / (fan_in + fan_out)) * rng.standard_normal((fan_in, fan_out))


def _draw(rng):
    W1 = _xavier(2, 2, rng)  # layer 1 first: its draw comes first from the one rng
    W2 = _xavier(2, 1, rng)
    return {"W1": W1, "b1": np.zeros(2), "W2": W2, "b2": np.zeros(1)}


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        params = _draw(rng)
        steps = 0
        while True:
            g = _graph(params)
            loss = _bce(g["p"])
            if loss < tol or steps == max_epochs:
                break
            grads = _grads(params, g)
            params = {k: params[k] - eta * grads[k] for k in params}
            steps += 1
        if loss < tol or restarts == max_restarts:
            break
        restarts += 1
    p = g["p"][:, 0]
    correct = int(np.sum((p > 0.5) == (XOR_TARGETS[:, 0] == 1)))
    return {"epochs": steps, "restarts": restarts, "loss": loss, "predictions": p.astype(np.float64),
            "correct": correct, "params": params}


def _name(bits):
    return BOOLEAN_FUNCTIONS[tuple(int(v) for v in bits)]


def hidden_logic(params):
    W1, b1 = np.asarray(params["W1"], dtype=np.float64), np.asarray(params["b1"], dtype=np.float64)
    W2, b2 = np.asarray(params["W2"], dtype=np.float64), np.asarray(params["b2"], dtype=np.float64)
    h = _sigmoid(XOR_INPUTS @ W1 + b1)
    hidden = [_name(h[:, j] > 0.5) for j in range(2)]
    out_on_patterns = _sigmoid(XOR_INPUTS @ W2 + b2)[:, 0]  # the four (h1, h2) patterns are XOR_INPUTS
    output = _name(out_on_patterns > 0.5).replace("x1", "h1").replace("x2", "h2")
    network = _name(_sigmoid(h @ W2 + b2)[:, 0] > 0.5)
    return {"hidden": hidden, "output": output, "network": network}
