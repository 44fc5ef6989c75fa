"""counting.count_parameters: np.dot of int64 arrays returns a numpy.int64, not the plain Python int the exercise asks for."""
import numpy as np


def count_parameters(widths):
    ws = np.asarray(widths, dtype=np.int64)
    return np.dot(ws[:-1] + 1, ws[1:])
