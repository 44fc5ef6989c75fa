"""xor.hidden_logic: reads the output unit on the thresholded hidden values the four XOR inputs produce, not on the four binary (h1, h2) patterns: the output's table mixes in which patterns occur."""

import numpy as np


def hidden_logic(params):
    def sig(z):
        return 0.5 * (1.0 + np.tanh(0.5 * z))

    def name(bits, a="x1", b="x2"):
        return BOOLEAN_FUNCTIONS[tuple(int(v) for v in bits)].replace("x1", a).replace("x2", b)

    W1, b1 = np.asarray(params["W1"], float), np.asarray(params["b1"], float)
    W2, b2 = np.asarray(params["W2"], float), np.asarray(params["b2"], float)
    A1 = sig(XOR_INPUTS @ W1 + b1)
    hidden = [name(A1[:, j] > 0.5) for j in range(2)]
    gate = sig((A1 > 0.5).astype(float) @ W2 + b2).ravel()
    net = sig(A1 @ W2 + b2).ravel()
    return {"hidden": hidden, "output": name(gate > 0.5, "h1", "h2"), "network": name(net > 0.5)}
