"""xor.hidden_logic: the book's expit rewritten as 1 / (1 + np.exp(-x)), which overflows with a RuntimeWarning for hand-built weights of 2000."""

import numpy as np


def hidden_logic(params):
    activation_function = lambda x: 1.0 / (1.0 + np.exp(-x))
    names = lambda v: BOOLEAN_FUNCTIONS[tuple(int(t > 0.5) for t in np.ravel(v))]
    hidden_outputs = activation_function(XOR_INPUTS @ params["W1"] + params["b1"])
    hidden = [names(hidden_outputs[:, j]) for j in range(2)]
    output = names(activation_function(XOR_INPUTS @ params["W2"] + params["b2"])).replace("x1", "h1").replace("x2", "h2")
    network = names(activation_function(hidden_outputs @ params["W2"] + params["b2"]))
    return {"hidden": hidden, "output": output, "network": network}
