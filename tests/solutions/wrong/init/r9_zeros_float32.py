"""init.zeros: float32 zeros (float64 expected)."""

import numpy as np


def zeros(n_in, n_out):
    return np.zeros((n_in, n_out), dtype=np.float32)
