"""Dense layer with np.add.reduce and broadcasting via np.add (stable style)."""

import numpy as np


def dense_forward(A, W, b):
    A = np.asarray(A, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    Z = np.add(np.matmul(A, W), b.reshape(1, -1))
    return Z, (A, W, b)


def dense_backward(dZ, cache):
    A, W, _ = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    return np.matmul(dZ, W.T), np.matmul(A.T, dZ), np.add.reduce(dZ, axis=0)
