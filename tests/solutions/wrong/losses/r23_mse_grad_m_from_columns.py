"""losses.mse_grad: m = size(h, 2) from the UFLDL column layout: on the batch-first array that is K (outputs), not N (examples)"""

import numpy as np


def mse_grad(Y_hat, Y):
    """(1/m) * (h - y) with m the last dimension, as MATLAB's size(data, 2)."""
    H = np.asarray(Y_hat, dtype=np.float64)
    m = H.shape[-1]
    return (H - np.asarray(Y, dtype=np.float64)) / m
