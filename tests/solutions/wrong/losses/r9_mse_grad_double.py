"""losses.mse_grad: 2 (Y_hat - Y) / N, the derivative of the square without the loss's 1/2."""

import numpy as np


def mse_grad(Y_hat, Y):
    D = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    return 2 * D / D.shape[0]
