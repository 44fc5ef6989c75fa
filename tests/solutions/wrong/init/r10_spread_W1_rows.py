"""init.hidden_unit_spread: W1's rows compared to row 0 (inputs) instead of its columns (hidden units)"""

import numpy as np

def hidden_unit_spread(params):
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    return float(max(np.abs(W1 - W1[:1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1]).max()))
