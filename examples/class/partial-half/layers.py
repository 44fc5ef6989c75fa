"""Exercise: the dense layer, batch-first.

A (N, n_in) holds one example per row, W (n_in, n_out), b (n_out,), Z = A W + b (N, n_out).
dense_forward returns the cache (A, W, b); dense_backward receives it back.
"""

import numpy as np


def dense_forward(A, W, b):
    """Affine map of a batch. A (N, n_in), W (n_in, n_out), b (n_out,) -> (Z, cache).

    Z = A W + b, shape (N, n_out) (b broadcast over the rows); cache = (A, W, b).
    """
    raise NotImplementedError


def dense_backward(dZ, cache):
    """Gradients of the loss through Z = A W + b. dZ = dL/dZ (N, n_out), cache = (A, W, b).

    Returns (dA, dW, db) with dA = dZ W^T (N, n_in), dW = A^T dZ (n_in, n_out),
    db = sum over the batch of dZ (n_out,). The batch sum is there because b is
    shared by every row; any 1/N of a mean loss is already inside dZ.
    """
    raise NotImplementedError
