"""layers.dense_backward: db = sum of all of dZ, a scalar"""

import numpy as np

def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, A.T @ dZ, np.sum(dZ)
