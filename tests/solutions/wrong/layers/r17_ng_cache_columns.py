"""layers.dense_forward: Z is right but the cache is Ng's column layout (A^T, W^T, b as a column), not the documented (A, W, b).

Habit: deeplearning.ai's linear_forward caches (A_prev, W, b) in its own layout; the student transposed
only Z back at the border.
"""

import numpy as np


def dense_forward(A, W, b):
    A_prev = np.asarray(A, dtype=np.float64).T
    W_ng = np.asarray(W, dtype=np.float64).T
    b_ng = np.asarray(b, dtype=np.float64).reshape(-1, 1)
    Z = np.dot(W_ng, A_prev) + b_ng
    return Z.T, (A_prev, W_ng, b_ng)
