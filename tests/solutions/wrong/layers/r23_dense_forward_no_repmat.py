"""layers.dense_forward: W' * a + b without repmat(b, 1, m): on the column-layout z (n_out, N) NumPy broadcasts b along the batch axis (wrong values when N = n_out, an error or a wrong shape otherwise)"""

import numpy as np


def dense_forward(A, W, b):
    """z = W' * a + b (the repmat(b, 1, m) forgotten; NumPy broadcasts b over the last axis)."""
    A = np.asarray(A, dtype=np.float64)
    z = np.asarray(W, dtype=np.float64).T @ A.T
    z = z + np.asarray(b, dtype=np.float64)
    return z.T, (A, W, b)
