"""losses.bce: clips P with Keras's epsilon 1e-7 instead of 1e-12, so confident predictions (P < 1e-7 or > 1 - 1e-7) get the wrong loss"""
import numpy as np


def bce(P, Y):
    P = np.clip(P, 1e-7, 1 - 1e-7)
    return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / len(P))
