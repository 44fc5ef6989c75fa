"""layers.dense_backward: Returns db as Ng's column sum with keepdims, transposed to (1, n_out), instead of the bias's shape (n_out,).

Habit: deeplearning.ai's db = np.sum(dZ, axis=1, keepdims=True), b being an (n, 1) column there.
"""

import numpy as np


def dense_backward(dZ, cache):
    A, W, b = cache
    dZc = np.asarray(dZ, dtype=np.float64).T
    dW = np.dot(dZc, np.asarray(A, dtype=np.float64))
    db = np.sum(dZc, axis=1, keepdims=True)
    dA_prev = np.dot(np.asarray(W, dtype=np.float64), dZc)
    return dA_prev.T, dW.T, db.T
