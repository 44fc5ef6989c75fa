"""xor.hidden_logic: the sigmoid forgotten under pressure: the hidden units' pre-activations z are compared with 0.5 (right only where z is far from [0, 0.5])."""

import numpy as np

_R24C_NAMES = {
    (0, 0, 0, 0): "FALSE", (0, 0, 0, 1): "AND", (0, 0, 1, 0): "x1 AND NOT x2", (0, 0, 1, 1): "x1",
    (0, 1, 0, 0): "NOT x1 AND x2", (0, 1, 0, 1): "x2", (0, 1, 1, 0): "XOR", (0, 1, 1, 1): "OR",
    (1, 0, 0, 0): "NOR", (1, 0, 0, 1): "XNOR", (1, 0, 1, 0): "NOT x2", (1, 0, 1, 1): "x1 OR NOT x2",
    (1, 1, 0, 0): "NOT x1", (1, 1, 0, 1): "NOT x1 OR x2", (1, 1, 1, 0): "NAND", (1, 1, 1, 1): "TRUE",
}
_R24C_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])


def _r24c_sig(z):
    return 0.5 * (1 + np.tanh(0.5 * z))


def _r24c_name(column):
    return _R24C_NAMES[tuple(int(v) for v in column)]


def hidden_logic(params):
    Z1 = _R24C_X @ params["W1"] + params["b1"]
    hidden = [_r24c_name(Z1[:, j] > 0.5) for j in range(2)]
    output = _r24c_name(_r24c_sig(_R24C_X @ params["W2"] + params["b2"])[:, 0] > 0.5)
    network = _r24c_sig(_r24c_sig(Z1) @ params["W2"] + params["b2"])[:, 0] > 0.5
    return {"hidden": hidden, "output": output.replace("x1", "h1").replace("x2", "h2"), "network": _r24c_name(network)}
