"""init.hidden_unit_spread: the range over units (np.ptp) instead of the distance from unit 0: up to twice too big when unit 0 is not an extreme"""

import numpy as np


def hidden_unit_spread(params):
    W1 = np.asarray(params["W1"], dtype=float)
    b1 = np.asarray(params["b1"], dtype=float)
    W2 = np.asarray(params["W2"], dtype=float)
    return float(max(np.ptp(W1, axis=1).max(), np.ptp(b1), np.ptp(W2, axis=0).max()))
