"""losses.bce: clips P only inside log P; log(1 - P) is unclipped, so P = 1 gives NaN or inf"""
import numpy as np


def bce(P, Y):
    P, Y = np.asarray(P, dtype=float), np.asarray(Y, dtype=float)
    return float(-np.sum(Y * np.log(np.clip(P, 1e-12, None)) + (1 - Y) * np.log(1 - P)) / len(P))
