"""counting.count_parameters: np.sum over an int array: returns numpy.int64, not the plain Python int the contract asks for."""

import numpy as np


def count_parameters(widths):
    w = np.asarray(widths, dtype=np.int64)
    return np.sum((w[:-1] + 1) * w[1:])
