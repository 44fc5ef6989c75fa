"""losses.mse: Returns Adaline's cost (errors**2).sum() / 2.0 without the mean over the batch: N times too large.

Habit: Raschka's AdalineGD cost_ = (errors**2).sum() / 2.0.
"""

import numpy as np


def mse(Y_hat, Y):
    errors = np.asarray(Y, dtype=np.float64) - np.asarray(Y_hat, dtype=np.float64)
    return float((errors ** 2).sum() / 2.0)
