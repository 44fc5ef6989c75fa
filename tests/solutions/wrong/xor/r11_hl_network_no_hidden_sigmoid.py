"""xor.hidden_logic: the "network" forward pass skips the hidden sigmoid (A1 = X W1 + b1)"""
import numpy as np


def _w_sig(z):
    return np.exp(-np.logaddexp(0, -z))


def hidden_logic(params):
    H = _w_sig(XOR_INPUTS @ params["W1"] + params["b1"])
    hidden = [BOOLEAN_FUNCTIONS[tuple(int(v > 0.5) for v in H[:, j])] for j in range(2)]
    out = _w_sig(XOR_INPUTS @ params["W2"] + params["b2"])[:, 0]
    output = BOOLEAN_FUNCTIONS[tuple(int(v > 0.5) for v in out)].replace("x1", "h1").replace("x2", "h2")
    net = _w_sig((XOR_INPUTS @ params["W1"] + params["b1"]) @ params["W2"] + params["b2"])[:, 0]
    return {"hidden": hidden, "output": output, "network": BOOLEAN_FUNCTIONS[tuple(int(v > 0.5) for v in net)]}
