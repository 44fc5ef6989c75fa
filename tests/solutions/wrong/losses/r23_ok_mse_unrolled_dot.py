"""losses.mse: right: 0.5/m * d(:)' * d(:) on the unrolled difference is the same sum of squares"""

import numpy as np


def mse(Y_hat, Y):
    """d = h(:) - y(:); 0.5 / m * (d' * d), m the number of examples (rows)."""
    H = np.asarray(Y_hat, dtype=np.float64)
    d = (H - np.asarray(Y, dtype=np.float64)).ravel(order="F")
    m = H.shape[0]
    return float(0.5 / m * (d @ d)) if m else float("nan")
