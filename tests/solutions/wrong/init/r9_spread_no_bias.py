"""init.hidden_unit_spread: the b1 term left out."""

import numpy as np

def hidden_unit_spread(params):
    W1, W2 = params["W1"], params["W2"]
    return float(max(np.max(np.abs(W1 - W1[:, [0]])), np.max(np.abs(W2 - W2[[0], :]))))
