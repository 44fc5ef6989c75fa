"""Dense layer with einsum contractions (einsum style)."""

import numpy as np


def dense_forward(A, W, b):
    A = np.asarray(A, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    Z = np.einsum("ni,io->no", A, W) + b
    return Z, (A, W, b)


def dense_backward(dZ, cache):
    A, W, b = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    dA = np.einsum("no,io->ni", dZ, W)
    dW = np.einsum("ni,no->io", A, dZ)
    db = np.einsum("no->o", dZ)
    return dA, dW, db
