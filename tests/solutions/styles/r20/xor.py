"""xor in the r20 habit: Hagan's logsig network, sensitivities s^2 and s^1 propagated backward, W <- W - alpha s a^T."""

import numpy as np

XOR_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_TARGETS = np.array([[0.0], [1.0], [1.0], [0.0]])

BOOLEAN_FUNCTIONS = {
    (0, 0, 0, 0): "FALSE", (0, 0, 0, 1): "AND", (0, 0, 1, 0): "x1 AND NOT x2", (0, 0, 1, 1): "x1",
    (0, 1, 0, 0): "NOT x1 AND x2", (0, 1, 0, 1): "x2", (0, 1, 1, 0): "XOR", (0, 1, 1, 1): "OR",
    (1, 0, 0, 0): "NOR", (1, 0, 0, 1): "XNOR", (1, 0, 1, 0): "NOT x2", (1, 0, 1, 1): "x1 OR NOT x2",
    (1, 1, 0, 0): "NOT x1", (1, 1, 0, 1): "NOT x1 OR x2", (1, 1, 1, 0): "NAND", (1, 1, 1, 1): "TRUE",
}


def logsig(n):
    e = np.exp(-np.abs(n))
    return np.where(n >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _simulate(net, P):
    """Hagan's sim: a1 = logsig(P W1 + b1), a2 = logsig(a1 W2 + b2)."""
    a1 = logsig(P @ net["W1"] + net["b1"])
    a2 = logsig(a1 @ net["W2"] + net["b2"])
    return a1, a2


def _performance(a2, T):
    a = np.clip(a2, 1e-12, 1 - 1e-12)
    return float(-np.mean(T * np.log(a) + (1 - T) * np.log(1 - a)))


def _init(rng):
    W1 = np.sqrt(2 / 4) * rng.standard_normal((2, 2))
    W2 = np.sqrt(2 / 3) * rng.standard_normal((2, 1))
    return {"W1": W1, "b1": np.zeros(2), "W2": W2, "b2": np.zeros(1)}


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    P, T = XOR_INPUTS, XOR_TARGETS
    Q = P.shape[0]
    restarts = 0
    while True:
        net = _init(rng)
        epochs = 0
        a1, a2 = _simulate(net, P)
        F = _performance(a2, T)
        while F >= tol and epochs < max_epochs:
            # cross-entropy with logsig output: the output sensitivity is (a - t) / Q (no F'(n) factor)
            s2 = (a2 - T) / Q
            s1 = (s2 @ net["W2"].T) * a1 * (1 - a1)  # s^1 = F'(n^1) (W^2)^T s^2
            net = {"W2": net["W2"] - eta * a1.T @ s2, "b2": net["b2"] - eta * s2.sum(axis=0),
                   "W1": net["W1"] - eta * P.T @ s1, "b1": net["b1"] - eta * s1.sum(axis=0)}
            epochs += 1
            a1, a2 = _simulate(net, P)
            F = _performance(a2, T)
        if F < tol or restarts >= max_restarts:
            break
        restarts += 1
    p = a2[:, 0]
    correct = int(np.sum((p > 0.5) == (T[:, 0] == 1)))
    return {"epochs": epochs, "restarts": restarts, "loss": F, "predictions": p.astype(np.float64),
            "correct": correct, "params": net}


def _truth_table(values):
    return tuple(int(v > 0.5) for v in values)


def hidden_logic(params):
    a1, a2 = _simulate(params, XOR_INPUTS)
    hidden = [BOOLEAN_FUNCTIONS[_truth_table(a1[:, j])] for j in range(2)]
    corners = XOR_INPUTS  # the binary hidden patterns (h1, h2) in the same order
    out = logsig(corners @ params["W2"] + params["b2"])[:, 0]
    output = BOOLEAN_FUNCTIONS[_truth_table(out)].replace("x1", "h1").replace("x2", "h2")
    return {"hidden": hidden, "output": output, "network": BOOLEAN_FUNCTIONS[_truth_table(a2[:, 0])]}
