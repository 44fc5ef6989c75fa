"""counting.count_parameters: crossprod-style np.dot(head, tail) + np.sum(tail) returns a numpy int64, not the plain Python int asked for."""

import numpy as np


def count_parameters(widths):
    n = np.asarray(widths)
    return np.dot(n[:-1], n[1:]) + np.sum(n[1:])
