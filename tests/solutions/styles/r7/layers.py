"""Dense layer, r7 style: matmul operator, explicit float64, reshape-based bias broadcast."""

import numpy as np


def dense_forward(A, W, b):
    A64 = np.asarray(A, dtype=np.float64)
    W64 = np.asarray(W, dtype=np.float64)
    b64 = np.asarray(b, dtype=np.float64).reshape(1, -1)
    Z = A64 @ W64
    Z += b64
    return Z, (A, W, b)


def dense_backward(dZ, cache):
    A, W, _ = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    A = np.asarray(A, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    dA = dZ @ W.T
    dW = A.T @ dZ
    db = np.ones(dZ.shape[0], dtype=np.float64) @ dZ
    return dA, dW, db.reshape(W.shape[1])
