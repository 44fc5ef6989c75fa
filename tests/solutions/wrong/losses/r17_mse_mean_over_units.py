"""losses.mse_grad: Divides by every entry (N K, np.mean's count) instead of by N: K times too small for K outputs.

Habit: Raschka's later MSE written as np.mean(errors**2), differentiated as 1/size.
"""

import numpy as np


def mse_grad(Y_hat, Y):
    Y_hat = np.asarray(Y_hat, dtype=np.float64)
    return (Y_hat - np.asarray(Y, dtype=np.float64)) / max(Y_hat.size, 1)
