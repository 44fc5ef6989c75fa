"""losses.bce_grad: P is not clipped in the gradient: P = 0 or 1 gives inf/NaN and a divide warning"""

import numpy as np


def bce_grad(P, Y):
    """(p - y) ./ (p .* (1 - p)) / m straight from the formula, no clipping."""
    P = np.asarray(P, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    return (P - Y) / (P * (1 - P)) / P.shape[0]
