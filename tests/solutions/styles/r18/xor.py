"""XOR with a 2-2-1 sigmoid net, forward and backward by hand in the backprop-ninja way.

Forward: hpre, h = sigmoid(hpre), logits, p = sigmoid(logits), loss; backward:
dlogits = (p - y) / n (the sigmoid + BCE shortcut, like dlogits = probs - onehot),
then dW2, db2, dh, dhpre = h (1 - h) dh, dW1, db1.
"""

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


def _sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * x))  # = 1 / (1 + e^-x), never overflows


def _forward(params, X):
    hpre = X @ params["W1"] + params["b1"]
    h = _sigmoid(hpre)
    logits = h @ params["W2"] + params["b2"]
    p = _sigmoid(logits)
    return h, p


def _loss(p, Y):
    pc = np.clip(p, 1e-12, 1 - 1e-12)
    return float(-(Y * np.log(pc) + (1 - Y) * np.log(1 - pc)).mean())


def _grads(params, X, Y):
    n = X.shape[0]
    h, p = _forward(params, X)
    dlogits = (p - Y) / n
    dW2 = h.T @ dlogits
    db2 = dlogits.sum(0)
    dh = dlogits @ params["W2"].T
    dhpre = h * (1 - h) * dh
    dW1 = X.T @ dhpre
    db1 = dhpre.sum(0)
    return {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}


def _init(rng):
    W1 = np.sqrt(2 / 4) * rng.standard_normal((2, 2))
    W2 = np.sqrt(2 / 3) * rng.standard_normal((2, 1))
    return {"W1": W1, "b1": np.zeros(2), "W2": W2, "b2": np.zeros(1)}


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    """Train the 2-2-1 sigmoid network on XOR from numpy.random.default_rng(seed)."""
    rng = np.random.default_rng(seed)
    X, Y = XOR_INPUTS, XOR_TARGETS
    restarts = 0
    while True:
        params = _init(rng)
        epochs = 0
        loss = _loss(_forward(params, X)[1], Y)
        while loss >= tol and epochs < max_epochs:
            grads = _grads(params, X, Y)
            params = {k: params[k] - eta * grads[k] for k in params}
            epochs += 1
            loss = _loss(_forward(params, X)[1], Y)
        if loss < tol or restarts >= max_restarts:
            break
        restarts += 1
    p = _forward(params, X)[1].reshape(-1)
    correct = int(((p > 0.5) == (Y.reshape(-1) > 0.5)).sum())
    return {"epochs": epochs, "restarts": restarts, "loss": loss, "predictions": p,
            "correct": correct, "params": params}


def _name(outputs):
    return BOOLEAN_FUNCTIONS[tuple(int(v) for v in (np.asarray(outputs).reshape(-1) > 0.5))]


def hidden_logic(params):
    """Name the boolean function each unit of a 2-2-1 sigmoid network computes."""
    params = {k: np.asarray(v, dtype=float) for k, v in params.items()}
    h, p = _forward(params, XOR_INPUTS)
    out_on_patterns = _sigmoid(XOR_INPUTS @ params["W2"] + params["b2"])
    out_name = _name(out_on_patterns).replace("x1", "h1").replace("x2", "h2")
    return {"hidden": [_name(h[:, 0]), _name(h[:, 1])], "output": out_name, "network": _name(p)}
