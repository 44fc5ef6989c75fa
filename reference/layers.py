"""The dense (fully connected) layer, batch-first: Z = A W + b.

Shapes: A (N, n_in) holds one example per row, W (n_in, n_out), b (n_out,),
Z (N, n_out). The cache is the tuple (A, W, b).
"""

import numpy as np


def _as_layer_inputs(A, W, b):
    """A, W, b as float64 arrays; ValueError naming the mismatch if their shapes disagree."""
    A, W, b = (np.asarray(x, dtype=np.float64) for x in (A, W, b))
    if A.ndim != 2 or W.ndim != 2:
        raise ValueError(f"dense layer: A {A.shape} and W {W.shape} must both be 2-D: A (batch, n_in), W (n_in, n_out)")
    if A.shape[1] != W.shape[0]:
        raise ValueError(f"dense layer: A has {A.shape[1]} features per row but W has {W.shape[0]} rows; W must be (n_in, n_out)")
    if b.shape != (W.shape[1],):
        raise ValueError(f"dense layer: b has shape {b.shape} but W has {W.shape[1]} outputs; b must be ({W.shape[1]},)")
    return A, W, b


def dense_forward(A, W, b):
    """Affine map of a batch. A (N, n_in), W (n_in, n_out), b (n_out,) -> (Z, cache).

    Z = A W + b, shape (N, n_out) (b broadcast over the rows); cache = (A, W, b).
    """
    A, W, b = _as_layer_inputs(A, W, b)
    return A @ W + b, (A, W, b)


def dense_backward(dZ, cache):
    """Gradients of the loss through Z = A W + b. dZ = dL/dZ (N, n_out), cache = (A, W, b).

    Returns (dA, dW, db) with dA = dZ W^T (N, n_in), dW = A^T dZ (n_in, n_out),
    db = sum over the batch of dZ (n_out,). The batch sum is there because b is
    shared by every row; any 1/N of a mean loss is already inside dZ.
    """
    A, W = (np.asarray(x, dtype=np.float64) for x in cache[:2])
    dZ = np.asarray(dZ, dtype=np.float64)
    return dZ @ W.T, A.T @ dZ, dZ.sum(axis=0)
