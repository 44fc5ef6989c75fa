"""Dense layer written by a student of a column-vector course (Ng): everything is
computed as W^T a^T with examples in columns, then transposed back to batch-first."""

import numpy as np


def dense_forward(A, W, b):
    A_cols = np.asarray(A).T                       # (n_in, N)
    Z_cols = np.asarray(W).T @ A_cols + np.reshape(b, (-1, 1))   # (n_out, N)
    return Z_cols.T, (A, W, b)


def dense_backward(dZ, cache):
    A, W, b = cache
    dZ = np.asarray(dZ)
    dA = np.einsum("io,no->ni", W, dZ)
    dW = np.einsum("ni,no->io", A, dZ)
    db = np.add.reduce(dZ, axis=0)
    return dA, dW, db
