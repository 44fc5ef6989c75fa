"""A correct student solution of exercises/layers.py, with np.einsum and a ones-vector for the bias sum."""

import numpy as np


def dense_forward(A, W, b):
    Af = np.asarray(A, dtype=np.float64)
    Wf = np.asarray(W, dtype=np.float64)
    Z = np.einsum("ni,io->no", Af, Wf)
    Z += np.asarray(b, dtype=np.float64)
    return Z, (A, W, b)


def dense_backward(dZ, cache):
    A, W, _ = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    A = np.asarray(A, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    dA = np.einsum("no,io->ni", dZ, W)
    dW = np.einsum("ni,no->io", A, dZ)
    db = np.ones(dZ.shape[0]) @ dZ
    return dA, dW, db
