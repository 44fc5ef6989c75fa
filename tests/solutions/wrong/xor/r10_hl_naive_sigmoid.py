"""xor.hidden_logic: sigmoid as 1 / (1 + np.exp(-z)): overflow RuntimeWarning with weights of 2000"""

import numpy as np


def hidden_logic(params):
    sig = lambda z: 1 / (1 + np.exp(-z))
    name = lambda v: BOOLEAN_FUNCTIONS[tuple(int(x > 0.5) for x in v)]
    h = sig(XOR_INPUTS @ params["W1"] + params["b1"])
    return {"hidden": [name(h[:, 0]), name(h[:, 1])],
            "output": name(sig(XOR_INPUTS @ params["W2"] + params["b2"])[:, 0]).replace("x", "h"),
            "network": name(sig(h @ params["W2"] + params["b2"])[:, 0])}
