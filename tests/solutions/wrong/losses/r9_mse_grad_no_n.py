"""losses.mse_grad: Y_hat - Y without the 1/N."""

import numpy as np

def mse_grad(Y_hat, Y):
    return np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
