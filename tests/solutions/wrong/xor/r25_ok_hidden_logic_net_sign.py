"""xor.hidden_logic: right: sigmoid(net) > 0.5 exactly when net > 0, so each table reads the sign of the net input (the network's output still from the real hidden values)"""
import numpy as np


def hidden_logic(params):
    def table(net):
        return tuple(int(v > 0.0) for v in net)

    W1, b1 = np.asarray(params["W1"], float), np.asarray(params["b1"], float)
    W2, b2 = np.asarray(params["W2"], float), np.asarray(params["b2"], float)
    net_hidden = XOR_INPUTS @ W1 + b1
    h = 0.5 * (1.0 + np.tanh(0.5 * net_hidden))
    corners = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    output = BOOLEAN_FUNCTIONS[table((corners @ W2 + b2)[:, 0])]
    return {"hidden": [BOOLEAN_FUNCTIONS[table(net_hidden[:, j])] for j in range(2)],
            "output": output.replace("x1", "h1").replace("x2", "h2"),
            "network": BOOLEAN_FUNCTIONS[table((h @ W2 + b2)[:, 0])]}
