"""layers.dense_backward: np.squeeze(db) turns the (n_out, 1) column into shape () when n_out = 1, not the bias's shape (1,).

Habit: deeplearning.ai's np.squeeze to drop keepdims axes, which drops every axis of length 1.
"""

import numpy as np


def dense_backward(dZ, cache):
    A, W, b = cache
    dZc = np.asarray(dZ, dtype=np.float64).T
    dW = np.dot(dZc, np.asarray(A, dtype=np.float64))
    db = np.squeeze(np.sum(dZc, axis=1, keepdims=True))
    dA_prev = np.dot(np.asarray(W, dtype=np.float64), dZc)
    return dA_prev.T, dW.T, db
