"""A correct solution of exercises/xor.py in Mitchell's BACKPROPAGATION notation (chapter 4):
error terms delta_k for the output unit and delta_h = o_h (1 - o_h) sum_k w_kh delta_k for
the hidden ones, Delta w = eta * delta * x. With the cross-entropy loss the output error term
is (t - o) / 4 (no o (1 - o) factor); the updates are PLUS eta * delta * x."""

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


def _sigma(net):
    """Mitchell's sigmoid 1 / (1 + e^-net), with only e^(-|net|) computed (no overflow)."""
    e = np.exp(-np.abs(net))
    return np.where(net >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _draw(rng):
    return {"W1": np.sqrt(2.0 / 4.0) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
            "W2": np.sqrt(2.0 / 3.0) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}


def _outputs(p):
    o_h = _sigma(XOR_INPUTS @ p["W1"] + p["b1"])
    o_k = _sigma(o_h @ p["W2"] + p["b2"])
    return o_h, o_k


def _error(o_k):
    o = np.clip(o_k, 1e-12, 1.0 - 1e-12)
    t = XOR_TARGETS
    return float(-np.mean(t * np.log(o) + (1.0 - t) * np.log(1.0 - o)))


def _backpropagation_step(p, eta):
    o_h, o_k = _outputs(p)
    delta_k = (XOR_TARGETS - o_k) / 4.0
    delta_h = o_h * (1.0 - o_h) * (delta_k @ p["W2"].T)
    return {"W2": p["W2"] + eta * o_h.T @ delta_k, "b2": p["b2"] + eta * delta_k.sum(axis=0),
            "W1": p["W1"] + eta * XOR_INPUTS.T @ delta_h, "b1": p["b1"] + eta * delta_h.sum(axis=0)}


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        p = _draw(rng)
        epochs = 0
        error = _error(_outputs(p)[1])
        while error >= tol and epochs < max_epochs:
            p = _backpropagation_step(p, eta)
            epochs += 1
            error = _error(_outputs(p)[1])
        if error < tol or restarts == max_restarts:
            break
        restarts += 1
    o_k = _outputs(p)[1][:, 0]
    correct = int(np.sum((o_k > 0.5) == (XOR_TARGETS[:, 0] > 0.5)))
    return {"epochs": epochs, "restarts": restarts, "loss": error, "predictions": o_k,
            "correct": correct, "params": p}


def _table(outputs):
    return tuple(int(o > 0.5) for o in outputs)


def hidden_logic(params):
    W1, b1 = np.asarray(params["W1"], dtype=float), np.asarray(params["b1"], dtype=float)
    W2, b2 = np.asarray(params["W2"], dtype=float), np.asarray(params["b2"], dtype=float)
    o_h = _sigma(XOR_INPUTS @ W1 + b1)
    hidden = [BOOLEAN_FUNCTIONS[_table(o_h[:, j])] for j in range(2)]
    # the output unit read on binary hidden patterns, which run in the same order as XOR_INPUTS
    read = BOOLEAN_FUNCTIONS[_table(_sigma(XOR_INPUTS @ W2 + b2)[:, 0])]
    output = read.replace("x1", "h1").replace("x2", "h2")
    network = BOOLEAN_FUNCTIONS[_table(_sigma(o_h @ W2 + b2)[:, 0])]
    return {"hidden": hidden, "output": output, "network": network}
