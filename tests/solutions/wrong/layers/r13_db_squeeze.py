"""layers.dense_backward: db squeezed from a keepdims sum, so one output unit (n_out = 1) gives a 0-d db"""
import numpy as np


def dense_backward(dZ, cache):
    A, W, b = cache
    dA = dZ @ W.T
    dW = A.T @ dZ
    db = np.squeeze(np.sum(dZ, axis=0, keepdims=True))
    return dA, dW, db
