"""losses.bce: RIGHT: picks log P or log(1 - P) per entry with np.where(Y == 1, ...): the same for the 0/1 labels the docstring promises"""
import numpy as np


def bce(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)
    N = P.shape[0]
    if N == 0:
        return float("nan")
    return float(-np.sum(np.where(np.asarray(Y) == 1, np.log(P), np.log1p(-P))) / N)
