"""xor.hidden_logic: names the output unit with the x1/x2 names of BOOLEAN_FUNCTIONS instead of h1/h2"""
import numpy as np


def _r13_xor_on_sig(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def hidden_logic(params):
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    H = _r13_xor_on_sig(X @ params["W1"] + params["b1"])
    out_bin = _r13_xor_on_sig(X @ params["W2"] + params["b2"])[:, 0]
    net = _r13_xor_on_sig(H @ params["W2"] + params["b2"])[:, 0]

    def name(col):
        return BOOLEAN_FUNCTIONS[tuple(int(v > 0.5) for v in col)]

    return {"hidden": [name(H[:, 0]), name(H[:, 1])], "output": name(out_bin), "network": name(net)}
