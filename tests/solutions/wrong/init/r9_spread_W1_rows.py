"""init.hidden_unit_spread: compares the rows of W1 (input features) instead of its columns (hidden units)."""

import numpy as np


def hidden_unit_spread(params):
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    return float(max(np.max(np.abs(W1 - W1[[0], :])), np.max(np.abs(b1 - b1[0])),
                     np.max(np.abs(W2 - W2[[0], :]))))
