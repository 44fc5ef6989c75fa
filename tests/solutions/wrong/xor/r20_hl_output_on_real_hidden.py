"""xor.hidden_logic: the output unit read on the real hidden values of the four XOR inputs, not on the four binary hidden patterns (h1, h2)"""
import numpy as np


def hidden_logic(params):
    a1, a2 = _forward(XOR_INPUTS, params)
    table = lambda v: tuple(int(x > 0.5) for x in v)
    return {"hidden": [BOOLEAN_FUNCTIONS[table(a1[:, j])] for j in range(2)],
            "output": BOOLEAN_FUNCTIONS[table(a2[:, 0])].replace("x", "h"),
            "network": BOOLEAN_FUNCTIONS[table(a2[:, 0])]}
