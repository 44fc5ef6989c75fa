"""A correct solution of exercises/layers.py, style r6: einsum for every product, explicit float64."""
import numpy as np


def dense_forward(A, W, b):
    A = np.asarray(A, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    Z = np.einsum("ni,io->no", A, W) + b[np.newaxis, :]
    return Z, (A, W, b)


def dense_backward(dZ, cache):
    A, W, _ = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    dA = np.einsum("no,io->ni", dZ, np.asarray(W, dtype=np.float64))
    dW = np.einsum("ni,no->io", np.asarray(A, dtype=np.float64), dZ)
    db = np.einsum("no->o", dZ)
    return dA, dW, db
