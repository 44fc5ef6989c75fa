"""init.hidden_unit_spread: an accumulator started at the int 0 and max(): copies of one unit (or a single unit) give the int 0, not a float"""

import numpy as np


def hidden_unit_spread(params):
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    spread = 0
    for j in range(1, W1.shape[1]):
        spread = max(spread, np.abs(W1[:, j] - W1[:, 0]).max(), abs(b1[j] - b1[0]), np.abs(W2[j] - W2[0]).max())
    return spread if spread == 0 else float(spread)
