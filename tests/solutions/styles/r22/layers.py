"""The dense layer with np.matrix: ``*`` is the matrix product, .A gives the arrays back, .A1 flattens."""

import numpy as np


def dense_forward(A, W, b):
    """A (N, n_in), W (n_in, n_out), b (n_out,) -> (Z (N, n_out), cache (A, W, b)); Z = A W + b."""
    Z = np.asmatrix(A) * np.asmatrix(W) + np.asmatrix(b)   # b a (1, n_out) row, broadcast down the rows
    return Z.A, (A, W, b)


def dense_backward(dZ, cache):
    """dZ (N, n_out), cache (A, W, b) -> (dA = dZ W^T, dW = A^T dZ, db = sum_n dZ (n_out,))."""
    A, W, b = cache
    dZ = np.asmatrix(dZ)
    dA = dZ * np.asmatrix(W).T
    dW = np.asmatrix(A).T * dZ
    db = dZ.sum(axis=0)                                    # stays a (1, n_out) matrix
    return dA.A, dW.A, db.A1
