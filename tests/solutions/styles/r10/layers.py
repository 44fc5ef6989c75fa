"""A correct student solution of exercises/layers.py: tensordot contractions and ufunc reductions."""

import numpy as np


def dense_forward(A, W, b):
    Z = np.add(np.tensordot(A, W, axes=([1], [0])), b)
    return Z, (A, W, b)


def dense_backward(dZ, cache):
    A, W, _ = cache
    dA = np.tensordot(dZ, W, axes=([1], [1]))   # sum_j dZ[n, j] W[i, j]
    dW = np.tensordot(A, dZ, axes=([0], [0]))   # sum_n A[n, i] dZ[n, j]
    db = np.add.reduce(dZ, axis=0)
    return dA, dW, db
