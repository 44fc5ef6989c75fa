"""layers.dense_backward: db reshaped to a column (n_out, 1) instead of (n_out,)."""

import numpy as np


def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, A.T @ dZ, dZ.sum(axis=0).reshape(-1, 1)
