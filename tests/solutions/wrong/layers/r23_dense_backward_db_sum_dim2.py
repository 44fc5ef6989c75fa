"""layers.dense_backward: UFLDL's b1grad = sum(delta2, 2) ported onto the batch-first dZ: summed over the units (axis 1), shape (N,) instead of (n_out,)"""

import numpy as np


def dense_backward(dZ, cache):
    """dA and dW batch-first, db = sum(dZ, 2) kept from the column-major code."""
    A, W, b = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    return dZ @ np.asarray(W).T, np.asarray(A).T @ dZ, np.sum(dZ, axis=1)
