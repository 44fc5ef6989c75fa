"""Dense layer with einsum, the bias added in place on the fresh product."""

import numpy as np


def dense_forward(A, W, b):
    """Affine map of a batch. A (N, n_in), W (n_in, n_out), b (n_out,) -> (Z, cache).

    Z = A W + b, shape (N, n_out) (b broadcast over the rows); cache = (A, W, b).
    """
    Z = np.einsum("ni,io->no", np.asarray(A, dtype=np.float64), np.asarray(W, dtype=np.float64))
    Z += np.asarray(b, dtype=np.float64)
    return Z, (A, W, b)


def dense_backward(dZ, cache):
    """Gradients of the loss through Z = A W + b. dZ = dL/dZ (N, n_out), cache = (A, W, b).

    Returns (dA, dW, db) with dA = dZ W^T (N, n_in), dW = A^T dZ (n_in, n_out),
    db = sum over the batch of dZ (n_out,). The batch sum is there because b is
    shared by every row; any 1/N of a mean loss is already inside dZ.
    """
    A, W, _ = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    dA = np.einsum("no,io->ni", dZ, np.asarray(W, dtype=np.float64))
    dW = np.einsum("ni,no->io", np.asarray(A, dtype=np.float64), dZ)
    # a ones-vector product is the batch sum, written as a contraction
    db = np.einsum("n,no->o", np.ones(dZ.shape[0]), dZ)
    return dA, dW, db
