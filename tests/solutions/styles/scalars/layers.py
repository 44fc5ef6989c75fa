"""Dense layer with np.dot / np.matmul and out= (scalars style)."""

import numpy as np


def dense_forward(A, W, b):
    A = np.array(A, dtype=np.float64)
    W = np.array(W, dtype=np.float64)
    b = np.array(b, dtype=np.float64)
    Z = np.empty((A.shape[0], W.shape[1]), dtype=np.float64)
    np.matmul(A, W, out=Z)
    np.add(Z, b, out=Z)
    return Z, (A, W, b)


def dense_backward(dZ, cache):
    A, W, b = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    dA = np.dot(dZ, W.T)
    dW = np.dot(A.T, dZ)
    db = np.sum(dZ, axis=0, dtype=np.float64)
    return dA, dW, db
