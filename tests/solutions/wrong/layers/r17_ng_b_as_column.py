"""layers.dense_forward: Adds b as Ng's (n_out, 1) column to the batch-first A W: broadcasts wrongly (an (n_out, n_out) Z for N = 1).

Habit: deeplearning.ai keeps b as a column; the student kept that while computing batch-first.
"""

import numpy as np


def dense_forward(A, W, b):
    A, W = np.asarray(A, dtype=np.float64), np.asarray(W, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    Z = np.dot(A, W) + b.reshape(-1, 1)
    return Z, (A, W, b)
