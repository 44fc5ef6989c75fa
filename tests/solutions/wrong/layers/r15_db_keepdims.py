"""layers.dense_backward: db kept as a (1, n_out) row (keepdims from a column-vector course) where (n_out,) is promised"""
import numpy as np


def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, A.T @ dZ, np.sum(dZ, axis=0, keepdims=True)
