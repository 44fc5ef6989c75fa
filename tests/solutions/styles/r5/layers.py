"""Correct solution, style r5: tensordot and a ones-vector product for the batch sum."""

import numpy as np


def dense_forward(A, W, b):
    Z = np.dot(A, W) + np.reshape(b, (1, -1))
    return Z, (A, W, b)


def dense_backward(dZ, cache):
    A, W, b = cache
    dA = np.tensordot(dZ, W, axes=([1], [1]))
    dW = np.tensordot(A, dZ, axes=([0], [0]))
    db = np.ones(dZ.shape[0]) @ dZ
    return dA, dW, db
