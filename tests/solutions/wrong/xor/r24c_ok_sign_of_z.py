"""xor.hidden_logic: Right on the graded networks: sigmoid(z) > 0.5 when z > 0 (but for 0 < z < ~1.6e-16, where sigmoid rounds to 0.5), so the truth tables are read from the signs of the pre-activations (no exp at all)."""

import numpy as np

_R24C_TABLE = {
    (0, 0, 0, 0): "FALSE", (0, 0, 0, 1): "AND", (0, 0, 1, 0): "x1 AND NOT x2", (0, 0, 1, 1): "x1",
    (0, 1, 0, 0): "NOT x1 AND x2", (0, 1, 0, 1): "x2", (0, 1, 1, 0): "XOR", (0, 1, 1, 1): "OR",
    (1, 0, 0, 0): "NOR", (1, 0, 0, 1): "XNOR", (1, 0, 1, 0): "NOT x2", (1, 0, 1, 1): "x1 OR NOT x2",
    (1, 1, 0, 0): "NOT x1", (1, 1, 0, 1): "NOT x1 OR x2", (1, 1, 1, 0): "NAND", (1, 1, 1, 1): "TRUE",
}
_R24C_PATTERNS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])


def _r24c_lookup(positive):
    return _R24C_TABLE[tuple(int(v) for v in positive)]


def hidden_logic(params):
    Z1 = _R24C_PATTERNS @ params["W1"] + params["b1"]
    H = 0.5 * (1.0 + np.tanh(0.5 * Z1))
    output = _r24c_lookup((_R24C_PATTERNS @ params["W2"] + params["b2"])[:, 0] > 0)
    return {"hidden": [_r24c_lookup(Z1[:, j] > 0) for j in range(2)],
            "output": output.replace("x1", "h1").replace("x2", "h2"),
            "network": _r24c_lookup((H @ params["W2"] + params["b2"])[:, 0] > 0)}
