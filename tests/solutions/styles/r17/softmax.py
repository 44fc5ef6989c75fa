"""Softmax in the habit of Andrew Ng's deeplearning.ai course: classes down the COLUMNS.

Ng's softmax takes Z (K, m), one example per column, and normalises over axis 0 with keepdims. This student
moves the stub's batch-first (N, K) (or a single (K,) vector, treated as one column) into that layout, works
there, and transposes back; dZ = A - Y with Ng's 1/m.
"""

import numpy as np


def _to_columns(Z):
    Z = np.asarray(Z, dtype=np.float64)
    return Z.reshape(-1, 1) if Z.ndim == 1 else Z.T


def _back(cols, like):
    return cols.reshape(like.shape) if np.ndim(like) == 1 else cols.T


def _softmax_cols(Z):
    t = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return t / np.sum(t, axis=0, keepdims=True)


def softmax(Z):
    return _back(_softmax_cols(_to_columns(Z)), Z)


def log_softmax(Z):
    cols = _to_columns(Z)
    shifted = cols - np.max(cols, axis=0, keepdims=True)
    return _back(shifted - np.log(np.sum(np.exp(shifted), axis=0, keepdims=True)), Z)


def softmax_jacobian(Z):
    A = _softmax_cols(_to_columns(Z))              # (K, m)
    S = A.T[:, :, None]                            # (m, K, 1): each example's column s
    J = S * np.eye(A.shape[0]) - S * A.T[:, None, :]   # diag(s) - s s^T for every example at once
    return J[0] if np.ndim(Z) == 1 else J


def softmax_cross_entropy_grad(logits, Y):
    A = _softmax_cols(_to_columns(logits))
    Y_cols = _to_columns(Y)
    m = Y_cols.shape[1]
    dZ = (1.0 / m) * (A - Y_cols)
    return dZ.T
