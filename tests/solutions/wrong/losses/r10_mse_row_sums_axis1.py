"""losses.mse: per-row sums over axis 1 then the batch mean: right for (N, K), raises for the (N,) targets the docstring allows"""

import numpy as np

def mse(Y_hat, Y):
    return float(np.mean(np.sum((Y_hat - Y) ** 2, axis=1)) / 2)
