"""layers.dense_forward: Returns Z in Ng's column layout (n_out, N), not transposed back to the batch-first (N, n_out).

Habit: deeplearning.ai's Z = np.dot(W, A_prev) + b after transposing the inputs, the way back forgotten.
"""

import numpy as np


def dense_forward(A, W, b):
    A, W, b = np.asarray(A, dtype=np.float64), np.asarray(W, dtype=np.float64), np.asarray(b, dtype=np.float64)
    Z = np.dot(W.T, A.T) + b.reshape(-1, 1)
    return Z, (A, W, b)
