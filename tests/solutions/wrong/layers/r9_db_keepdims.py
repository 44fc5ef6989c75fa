"""layers.dense_backward: db keeps the batch axis, shape (1, n_out) instead of (n_out,)."""

import numpy as np

def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, A.T @ dZ, dZ.sum(axis=0, keepdims=True)
