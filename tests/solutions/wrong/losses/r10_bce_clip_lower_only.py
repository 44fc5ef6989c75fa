"""losses.bce: clipped below only: log(1 - P) = -inf at P = 1"""

import numpy as np

def bce(P, Y):
    P = np.clip(P, 1e-12, None)
    return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / Y.shape[0])
