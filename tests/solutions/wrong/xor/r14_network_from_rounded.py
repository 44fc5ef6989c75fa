"""xor.hidden_logic: names the whole network by composing the truth tables (output unit on the rounded hidden bits) instead of running it on the real hidden values"""
import numpy as np

_R14NR_NAMES = {
    (0, 0, 0, 0): "FALSE", (0, 0, 0, 1): "AND", (0, 0, 1, 0): "x1 AND NOT x2", (0, 0, 1, 1): "x1",
    (0, 1, 0, 0): "NOT x1 AND x2", (0, 1, 0, 1): "x2", (0, 1, 1, 0): "XOR", (0, 1, 1, 1): "OR",
    (1, 0, 0, 0): "NOR", (1, 0, 0, 1): "XNOR", (1, 0, 1, 0): "NOT x2", (1, 0, 1, 1): "x1 OR NOT x2",
    (1, 1, 0, 0): "NOT x1", (1, 1, 0, 1): "NOT x1 OR x2", (1, 1, 1, 0): "NAND", (1, 1, 1, 1): "TRUE",
}


def _r14nr_sig(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def hidden_logic(params):
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    Hbits = (_r14nr_sig(X @ params["W1"] + params["b1"]) > 0.5).astype(float)
    hidden = [_R14NR_NAMES[tuple(int(v) for v in Hbits[:, j])] for j in range(2)]
    out = _R14NR_NAMES[tuple(int(v) for v in _r14nr_sig(X @ params["W2"] + params["b2"])[:, 0] > 0.5)]
    net = _R14NR_NAMES[tuple(int(v) for v in _r14nr_sig(Hbits @ params["W2"] + params["b2"])[:, 0] > 0.5)]
    return {"hidden": hidden, "output": out.replace("x1", "h1").replace("x2", "h2"), "network": net}
