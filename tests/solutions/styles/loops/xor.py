"""XOR 2-2-1 sigmoid network with explicit epoch and restart loops (loops style)."""

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


def _sig(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _forward(params):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    H = np.zeros((4, 2))
    p = np.zeros((4, 1))
    for n in range(4):
        for j in range(2):
            H[n, j] = _sig(XOR_INPUTS[n, 0] * W1[0, j] + XOR_INPUTS[n, 1] * W1[1, j] + b1[j])
        p[n, 0] = _sig(H[n, 0] * W2[0, 0] + H[n, 1] * W2[1, 0] + b2[0])
    return H, p


def _loss(p):
    total = 0.0
    for n in range(4):
        q = min(max(p[n, 0], 1e-12), 1 - 1e-12)
        y = XOR_TARGETS[n, 0]
        total -= y * math.log(q) + (1 - y) * math.log(1 - q)
    return total / 4


def _step(params, H, p, eta):
    gW1, gb1 = np.zeros((2, 2)), np.zeros(2)
    gW2, gb2 = np.zeros((2, 1)), np.zeros(1)
    for n in range(4):
        d2 = (p[n, 0] - XOR_TARGETS[n, 0]) / 4
        gb2[0] += d2
        for j in range(2):
            gW2[j, 0] += H[n, j] * d2
            d1 = d2 * params["W2"][j, 0] * H[n, j] * (1 - H[n, j])
            gb1[j] += d1
            for i in range(2):
                gW1[i, j] += XOR_INPUTS[n, i] * d1
    return {"W1": params["W1"] - eta * gW1, "b1": params["b1"] - eta * gb1,
            "W2": params["W2"] - eta * gW2, "b2": params["b2"] - eta * gb2}


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    for restart in range(max_restarts + 1):
        params = {"W1": math.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2)}
        params["W2"] = math.sqrt(2 / 3) * rng.standard_normal((2, 1))
        params["b2"] = np.zeros(1)
        epochs = 0
        for epoch in range(max_epochs):
            H, p = _forward(params)
            if _loss(p) < tol:
                break
            params = _step(params, H, p, eta)
            epochs += 1
        H, p = _forward(params)
        loss = _loss(p)
        if loss < tol:
            break
    predictions = p[:, 0].copy()
    correct = 0
    for n in range(4):
        correct += int((predictions[n] > 0.5) == (XOR_TARGETS[n, 0] > 0.5))
    return {"epochs": epochs, "restarts": restart, "loss": loss, "predictions": predictions,
            "correct": correct, "params": params}


def hidden_logic(params):
    W1, b1 = np.asarray(params["W1"], dtype=float), np.asarray(params["b1"], dtype=float)
    W2, b2 = np.asarray(params["W2"], dtype=float), np.asarray(params["b2"], dtype=float)
    hidden = []
    for j in range(2):
        table = []
        for n in range(4):
            table.append(int(_sig(XOR_INPUTS[n] @ W1[:, j] + b1[j]) > 0.5))
        hidden.append(BOOLEAN_FUNCTIONS[tuple(table)])
    table = []
    for h1 in (0, 1):
        for h2 in (0, 1):
            table.append(int(_sig(h1 * W2[0, 0] + h2 * W2[1, 0] + b2[0]) > 0.5))
    output = BOOLEAN_FUNCTIONS[tuple(table)].replace("x1", "h1").replace("x2", "h2")
    _, p = _forward({"W1": W1, "b1": b1, "W2": W2, "b2": b2})
    network = BOOLEAN_FUNCTIONS[tuple(int(p[n, 0] > 0.5) for n in range(4))]
    return {"hidden": hidden, "output": output, "network": network}
