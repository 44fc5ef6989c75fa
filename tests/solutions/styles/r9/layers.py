"""A correct student solution of exercises/layers.py: np.einsum everywhere."""

import numpy as np


def dense_forward(A, W, b):
    Z = np.einsum("ni,io->no", A, W) + np.einsum("o->o", b)[None, :]
    return Z, (A, W, b)


def dense_backward(dZ, cache):
    A, W, _ = cache
    dA = np.einsum("no,io->ni", dZ, W)
    dW = np.einsum("ni,no->io", A, dZ)
    db = np.einsum("no->o", dZ)
    return dA, dW, db
