"""init.hidden_unit_spread: MATLAB's range (max - min) across the hidden units instead of the largest distance from unit 0"""

import numpy as np


def hidden_unit_spread(params):
    """max(range(W1, 2)), range(b1), max(range(W2, 1)): how far apart ANY two units are."""
    W1 = np.asarray(params["W1"], dtype=np.float64)
    b1 = np.asarray(params["b1"], dtype=np.float64)
    W2 = np.asarray(params["W2"], dtype=np.float64)
    return float(max(np.ptp(W1, axis=1).max(initial=0.0), float(np.ptp(b1)) if b1.size else 0.0,
                     np.ptp(W2, axis=0).max(initial=0.0)))
