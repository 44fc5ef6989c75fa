"""xor.hidden_logic: names the output unit's function with the table's x1/x2 (e.g. "x1 AND NOT x2") instead of h1/h2"""
import numpy as np


def hidden_logic(params):
    def unit(net):
        e = np.exp(-np.abs(net))
        return np.where(net >= 0, 1.0 / (1.0 + e), e / (1.0 + e))

    def name(values):
        return BOOLEAN_FUNCTIONS[tuple(int(v > 0.5) for v in values)]

    h = unit(XOR_INPUTS @ params["W1"] + params["b1"])
    read = unit(XOR_INPUTS @ params["W2"] + params["b2"])[:, 0]
    network = unit(h @ params["W2"] + params["b2"])[:, 0]
    return {"hidden": [name(h[:, 0]), name(h[:, 1])], "output": name(read), "network": name(network)}
