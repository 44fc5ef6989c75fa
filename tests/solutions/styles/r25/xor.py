"""XOR by the generalized delta rule, in the PDP volumes' notation (Rumelhart, Hinton & Williams 1986):
net_j = sum_i w_ji o_i + theta_j, o_j = 1 / (1 + e^-net_j), the output's delta from the error, each hidden
delta_j = o_j (1 - o_j) sum_k delta_k w_kj, and the weight change -epsilon * sum over patterns of delta_j o_i
('learning by epoch': the changes of all four patterns summed before they are made)."""

import numpy as np

XOR_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_TARGETS = np.array([[0.0], [1.0], [1.0], [0.0]])

BOOLEAN_FUNCTIONS = {
    (0, 0, 0, 0): "FALSE", (0, 0, 0, 1): "AND", (0, 0, 1, 0): "x1 AND NOT x2", (0, 0, 1, 1): "x1",
    (0, 1, 0, 0): "NOT x1 AND x2", (0, 1, 0, 1): "x2", (0, 1, 1, 0): "XOR", (0, 1, 1, 1): "OR",
    (1, 0, 0, 0): "NOR", (1, 0, 0, 1): "XNOR", (1, 0, 1, 0): "NOT x2", (1, 0, 1, 1): "x1 OR NOT x2",
    (1, 1, 0, 0): "NOT x1", (1, 1, 0, 1): "NOT x1 OR x2", (1, 1, 1, 0): "NAND", (1, 1, 1, 1): "TRUE",
}
CLIP = 1e-12


def _logistic(net):
    """o = 1 / (1 + e^-net) with the exponent never positive, so large |net| saturates without overflow."""
    e = np.exp(-np.abs(net))
    return np.where(net >= 0.0, 1.0 / (1.0 + e), e / (1.0 + e))


def _start(rng):
    W1 = np.sqrt(2.0 / 4.0) * rng.standard_normal((2, 2))
    W2 = np.sqrt(2.0 / 3.0) * rng.standard_normal((2, 1))
    return {"W1": W1, "b1": np.zeros(2), "W2": W2, "b2": np.zeros(1)}


def _present(w, patterns):
    o_hidden = _logistic(patterns @ w["W1"] + w["b1"])
    o_out = _logistic(o_hidden @ w["W2"] + w["b2"])
    return o_hidden, o_out


def _error(o_out, t):
    p = np.clip(o_out, CLIP, 1.0 - CLIP)
    return float(-np.mean(t * np.log(p) + (1.0 - t) * np.log(1.0 - p)))


def _epoch_change(w, patterns, t):
    """Weight changes of all patterns summed (cross-entropy error: the output delta is o - t), per pattern mean."""
    o_hidden, o_out = _present(w, patterns)
    delta_out = (o_out - t) / patterns.shape[0]
    delta_hidden = o_hidden * (1.0 - o_hidden) * (delta_out @ w["W2"].T)
    return {"W2": o_hidden.T @ delta_out, "b2": delta_out.sum(axis=0),
            "W1": patterns.T @ delta_hidden, "b1": delta_hidden.sum(axis=0)}


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    epsilon = eta
    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        w = _start(rng)
        epochs = 0
        error = _error(_present(w, XOR_INPUTS)[1], XOR_TARGETS)
        while error >= tol and epochs < max_epochs:
            change = _epoch_change(w, XOR_INPUTS, XOR_TARGETS)
            w = {name: w[name] - epsilon * change[name] for name in w}
            epochs += 1
            error = _error(_present(w, XOR_INPUTS)[1], XOR_TARGETS)
        if error < tol or restarts == max_restarts:
            break
        restarts += 1
    p = _present(w, XOR_INPUTS)[1][:, 0]
    correct = int(np.sum((p > 0.5) == (XOR_TARGETS[:, 0] > 0.5)))
    return {"epochs": epochs, "restarts": restarts, "loss": error, "predictions": p, "correct": correct, "params": w}


def _table(o):
    return tuple(int(v > 0.5) for v in o)


def hidden_logic(params):
    w = {name: np.asarray(v, dtype=float) for name, v in params.items()}
    o_hidden, o_out = _present(w, XOR_INPUTS)
    hidden = [BOOLEAN_FUNCTIONS[_table(o_hidden[:, j])] for j in range(2)]
    binary_hidden = XOR_INPUTS  # the four (h1, h2) patterns, in the same order as the inputs
    o_read = _logistic(binary_hidden @ w["W2"] + w["b2"])[:, 0]
    output = BOOLEAN_FUNCTIONS[_table(o_read)].replace("x1", "h1").replace("x2", "h2")
    return {"hidden": hidden, "output": output, "network": BOOLEAN_FUNCTIONS[_table(o_out[:, 0])]}
