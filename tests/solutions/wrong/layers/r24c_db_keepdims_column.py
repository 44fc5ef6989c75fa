"""layers.dense_backward: bias gradient summed with keepdims=True, from a course with (n, 1)/(1, n) biases: db is (1, n_out), not (n_out,)."""

import numpy as np


def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, A.T @ dZ, np.sum(dZ, axis=0, keepdims=True)
