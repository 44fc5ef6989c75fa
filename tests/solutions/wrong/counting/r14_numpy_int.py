"""counting.count_parameters: np.dot of the widths gives an np.int64 (and wraps around in int32 arrays), not a plain Python int"""
import numpy as np


def count_parameters(widths):
    w = np.asarray(widths)
    return np.dot(w[:-1], w[1:]) + w[1:].sum()
