"""losses.bce_grad: (Y - P) / (P (1 - P)) / N, the sign flipped."""

import numpy as np

def bce_grad(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)
    Y = np.asarray(Y, dtype=np.float64)
    return (Y - P) / (P * (1 - P)) / P.shape[0]
