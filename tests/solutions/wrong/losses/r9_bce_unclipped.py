"""losses.bce: P not clipped: log(0) gives inf and a RuntimeWarning for P exactly 0 or 1."""

import numpy as np

def bce(P, Y):
    P = np.asarray(P, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / P.shape[0])
