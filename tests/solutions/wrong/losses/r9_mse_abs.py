"""losses.mse: |Y_hat - Y| instead of its square (mean absolute error with the 1/2)."""

import numpy as np


def mse(Y_hat, Y):
    D = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    return float(np.sum(np.abs(D)) / (2 * D.shape[0]))
