"""The dense layer as in Andrew Ng's deeplearning.ai course (linear_forward / linear_backward).

Ng keeps examples as COLUMNS: A_prev (n_prev, m), W (n, n_prev), b (n, 1), Z = W A_prev + b, and
dW = dZ A_prev^T, db = sum of dZ over axis 1 with keepdims, dA_prev = W^T dZ. This student transposes at the
border to meet the stub's batch-first contract, and leaves out Ng's 1/m because the docstring says dZ
already carries it.
"""

import numpy as np


def _linear_forward(A_prev, W, b):
    Z = np.dot(W, A_prev) + b
    return Z


def dense_forward(A, W, b):
    A = np.asarray(A, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    # to Ng's layout: columns are examples, W is (n_out, n_in), b is a column (n_out, 1)
    Z = _linear_forward(A.T, W.T, b.reshape(-1, 1))
    cache = (A, W, b)
    return Z.T, cache


def dense_backward(dZ, cache):
    A, W, b = cache
    dZ_cols = np.asarray(dZ, dtype=np.float64).T      # (n_out, m)
    A_prev = np.asarray(A, dtype=np.float64).T        # (n_in, m)
    W_ng = np.asarray(W, dtype=np.float64).T          # (n_out, n_in)
    dW = np.dot(dZ_cols, A_prev.T)                    # (n_out, n_in)
    db = np.sum(dZ_cols, axis=1, keepdims=True)       # (n_out, 1)
    dA_prev = np.dot(W_ng.T, dZ_cols)                 # (n_in, m)
    return dA_prev.T, dW.T, np.squeeze(db, axis=1)
