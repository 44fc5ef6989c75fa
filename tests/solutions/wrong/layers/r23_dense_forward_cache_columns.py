"""layers.dense_forward: the cache holds the column-layout arrays (A', W', b) of the UFLDL port instead of (A, W, b)"""

import numpy as np


def dense_forward(A, W, b):
    """Cache what the column-major backward pass wants: data = A' and W1 = W'."""
    data = np.asarray(A, dtype=np.float64).T
    W1 = np.asarray(W, dtype=np.float64).T
    z = W1 @ data + np.tile(np.asarray(b, dtype=np.float64).reshape(-1, 1), (1, data.shape[1]))
    return z.T, (data, W1, b)
