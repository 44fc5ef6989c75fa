"""losses.mse: the errors Y_hat - Y summed as they are, never squared: errors of opposite signs cancel (the mutant mse#52, ** 2 written ** 1)"""

import numpy as np

def mse(Y_hat, Y):
    return float(0.5 * np.sum(Y_hat - Y) / Y.shape[0])
