"""init.hidden_unit_spread: units 1.. against unit 0 by slices, .max() of an empty array for a single hidden unit (ValueError)"""

import numpy as np


def hidden_unit_spread(params):
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    return float(max(np.abs(W1[:, 1:] - W1[:, :1]).max(), np.abs(b1[1:] - b1[0]).max(), np.abs(W2[1:] - W2[:1]).max()))
