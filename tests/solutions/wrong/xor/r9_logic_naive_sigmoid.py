"""xor.hidden_logic: sigmoid as 1 / (1 + np.exp(-z)): overflow RuntimeWarning for hand-built networks with weights like 2000."""

import numpy as np


def hidden_logic(params):
    def sig(z):
        return 1.0 / (1.0 + np.exp(-z))

    def name(bits, a="x1", b="x2"):
        return BOOLEAN_FUNCTIONS[tuple(int(v) for v in bits)].replace("x1", a).replace("x2", b)

    W1, b1 = np.asarray(params["W1"], float), np.asarray(params["b1"], float)
    W2, b2 = np.asarray(params["W2"], float), np.asarray(params["b2"], float)
    A1 = sig(XOR_INPUTS @ W1 + b1)
    hidden = [name(A1[:, j] > 0.5) for j in range(2)]
    gate = sig(XOR_INPUTS @ W2 + b2).ravel()
    net = sig(A1 @ W2 + b2).ravel()
    return {"hidden": hidden, "output": name(gate > 0.5, "h1", "h2"), "network": name(net > 0.5)}
