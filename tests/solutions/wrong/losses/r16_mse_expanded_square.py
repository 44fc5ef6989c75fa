"""losses.mse: the square expanded as sum(Y_hat^2) - 2 sum(Y_hat Y) + sum(Y^2): catastrophic cancellation when Y_hat and Y are large and close"""

import numpy as np


def mse(Y_hat, Y):
    N = Y_hat.shape[0]
    if N == 0:
        return float("nan")
    return float((np.sum(Y_hat * Y_hat) - 2 * np.sum(Y_hat * Y) + np.sum(Y * Y)) / (2 * N))
