"""xor.hidden_logic: right, Hagan's reading: logsig(n) > 0.5 exactly when n > 0, so the tables come from the net inputs' signs (no exp at all)"""
import numpy as np


def hidden_logic(params):
    n1 = XOR_INPUTS @ params["W1"] + params["b1"]
    a1 = _sigmoid(n1)
    n_out = XOR_INPUTS @ params["W2"] + params["b2"]
    n2 = a1 @ params["W2"] + params["b2"]
    table = lambda n: tuple(int(x > 0) for x in n)
    return {"hidden": [BOOLEAN_FUNCTIONS[table(n1[:, j])] for j in range(2)],
            "output": BOOLEAN_FUNCTIONS[table(n_out[:, 0])].replace("x", "h"),
            "network": BOOLEAN_FUNCTIONS[table(n2[:, 0])]}
