"""losses.bce: Y log P read the wrong way round: P log Y + (1 - P) log(1 - Y), with Y clipped."""

import numpy as np


def bce(P, Y):
    P = np.asarray(P, dtype=np.float64)
    Y = np.clip(np.asarray(Y, dtype=np.float64), 1e-12, 1 - 1e-12)
    return float(-np.sum(P * np.log(Y) + (1 - P) * np.log(1 - Y)) / P.shape[0])
