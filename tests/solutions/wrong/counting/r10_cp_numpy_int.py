"""counting.count_parameters: np.dot of the widths returns a numpy integer, not a plain int"""

import numpy as np


def count_parameters(widths):
    w = np.asarray(widths)
    return np.dot(w[:-1] + 1, w[1:])
