"""Dense layer; the bias gradient is accumulated over output units in a loop (loops style)."""

import numpy as np


def dense_forward(A, W, b):
    A = np.asarray(A, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    Z = A @ W
    Z = Z + b[np.newaxis, :]
    return Z, (A, W, b)


def dense_backward(dZ, cache):
    A, W, b = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    dA = dZ @ W.T
    dW = A.T @ dZ
    db = np.array([dZ[:, j].sum() for j in range(dZ.shape[1])], dtype=np.float64)
    return dA, dW, db
