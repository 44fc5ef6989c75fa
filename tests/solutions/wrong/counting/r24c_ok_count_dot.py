"""counting.count_parameters: Right: (n_0 + 1, ..., n_{L-1} + 1) . (n_1, ..., n_L) with np.dot on int64, converted back to a Python int."""

import numpy as np


def count_parameters(widths):
    w = np.array(list(widths), dtype=np.int64)
    return int(np.dot(w[:-1] + 1, w[1:]))
