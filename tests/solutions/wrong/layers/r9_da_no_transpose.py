"""layers.dense_backward: dA = dZ W (W not transposed): only shapes-compatible for square W, and wrong there."""

import numpy as np

def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W, A.T @ dZ, dZ.sum(axis=0)
