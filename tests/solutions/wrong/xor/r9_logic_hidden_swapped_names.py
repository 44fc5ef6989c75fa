"""xor.hidden_logic: builds the output's table in (h2, h1) order, i.e. patterns (0,0), (1,0), (0,1), (1,1): asymmetric output functions get the mirrored name."""

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
    gate = sig(XOR_INPUTS[:, ::-1] @ W2 + b2).ravel()
    net = sig(A1 @ W2 + b2).ravel()
    return {"hidden": hidden, "output": name(gate > 0.5, "h1", "h2"), "network": name(net > 0.5)}
