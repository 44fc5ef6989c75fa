"""init.hidden_unit_spread: distances measured from unit 1 instead of unit 0 (and an IndexError for one hidden unit)"""

import numpy as np

def hidden_unit_spread(params):
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    return float(max(np.abs(W1 - W1[:, 1:2]).max(), np.abs(b1 - b1[1]).max(), np.abs(W2 - W2[1:2]).max()))
