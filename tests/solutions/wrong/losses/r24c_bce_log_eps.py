"""losses.bce: np.log(P + 1e-9) from a blog instead of clipping P to [1e-12, 1 - 1e-12]: a confident wrong prediction (P = 0 for Y = 1) costs 20.7, not 27.6."""

import numpy as np


def bce(P, Y):
    N = Y.shape[0]
    return float(-np.sum(Y * np.log(P + 1e-9) + (1 - Y) * np.log(1 - P + 1e-9)) / N)
