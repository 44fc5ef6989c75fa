"""losses.bce: Takes m = Y.shape[1] as Ng's compute_cost does (examples are columns there): divides by K, the outputs per example, not by N.

Habit: deeplearning.ai's cost = -1/m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) with m = Y.shape[1], kept on
batch-first arrays (a flat (N,) Y has no shape[1]: the student falls back to its length).
"""

import numpy as np


def bce(P, Y):
    AL = np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)
    Y = np.asarray(Y, dtype=np.float64)
    m = Y.shape[1] if Y.ndim > 1 else Y.shape[0]
    if Y.shape[0] == 0:
        return float("nan")
    return float(-1 / m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)))
