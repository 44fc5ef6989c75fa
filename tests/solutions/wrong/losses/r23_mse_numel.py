"""losses.mse: divides by numel(Y) = N*K (MATLAB's numel) instead of the number of examples N: off by a factor K for several outputs"""

import numpy as np


def mse(Y_hat, Y):
    """0.5 * sum((h - y).^2) / numel(y)."""
    D = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    return float(0.5 * np.sum(D ** 2) / D.size) if D.size else float("nan")
