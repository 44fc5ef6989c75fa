"""counting.count_parameters: np.dot of int32 arrays wraps around for wide layers (e.g. [100000, 100000] gives a negative count)."""

import numpy as np


def count_parameters(widths):
    w = np.asarray(widths, dtype=np.int32)
    return int(np.dot(w[:-1] + 1, w[1:]))
