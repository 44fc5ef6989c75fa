"""xor.hidden_logic: RIGHT?: thresholds with >= 0.5 instead of > 0.5 ("thresholded at 0.5" says neither): differs only where a unit outputs exactly 0.5"""
import numpy as np


def hidden_logic(params):
    def sig(z):
        return np.exp(-np.logaddexp(0.0, -z))

    def name(col, rename=False):
        n = BOOLEAN_FUNCTIONS[tuple(int(v >= 0.5) for v in col)]
        return n.replace("x1", "h1").replace("x2", "h2") if rename else n

    H = sig(XOR_INPUTS @ params["W1"] + params["b1"])
    out_bin = sig(XOR_INPUTS @ params["W2"] + params["b2"])[:, 0]
    net = sig(H @ params["W2"] + params["b2"])[:, 0]
    return {"hidden": [name(H[:, 0]), name(H[:, 1])], "output": name(out_bin, True), "network": name(net)}
