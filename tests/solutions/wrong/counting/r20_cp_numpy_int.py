"""counting.count_parameters: Geron-style np.sum over the layers' sizes returns a numpy int64, not a plain Python int"""
import numpy as np


def count_parameters(widths):
    D = np.array(widths)
    return np.sum((D[:-1] + 1) * D[1:])
