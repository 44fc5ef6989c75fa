"""losses.mse: an empty batch gives 0.0 (the sum divided by max(N, 1)) instead of NaN."""

import numpy as np

def mse(Y_hat, Y):
    D = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    return float(np.sum(D ** 2) / (2 * max(D.shape[0], 1)))
