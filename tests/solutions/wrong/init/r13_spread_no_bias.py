"""init.hidden_unit_spread: compares the weights only, the b1 term forgotten: 0 for units that differ only by their bias"""

import numpy as np


def hidden_unit_spread(params):
    W1 = np.asarray(params["W1"], dtype=float)
    W2 = np.asarray(params["W2"], dtype=float)
    return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(W2 - W2[:1, :]).max()))
