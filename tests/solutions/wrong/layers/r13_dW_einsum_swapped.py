"""layers.dense_backward: einsum output subscripts swapped, dW comes back transposed (n_out, n_in)"""
import numpy as np


def dense_backward(dZ, cache):
    A, W, b = cache
    dA = np.einsum("no,io->ni", dZ, W)
    dW = np.einsum("ni,no->oi", A, dZ)
    db = np.einsum("no->o", dZ)
    return dA, dW, db
