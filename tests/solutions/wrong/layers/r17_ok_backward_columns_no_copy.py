"""layers.dense_backward: RIGHT: Ng's column formulas on transposed views (dW = dZ A^T, db = row sums, dA = W dZ), transposed back.

Habit: deeplearning.ai's linear_backward without its 1/m, working on .T views instead of copies.
"""

import numpy as np


def dense_backward(dZ, cache):
    A, W, b = cache
    dZc = np.asarray(dZ).T
    return (W @ dZc).T, (dZc @ np.asarray(A)).T, dZc.sum(axis=1)
