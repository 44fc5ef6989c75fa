"""Softmax as in MIT 6.036/6.390's SoftMax module: it normalises each COLUMN of Z (k, b).

6.036 writes `np.exp(Z) / np.sum(np.exp(Z), axis=0)` on columns; this student keeps that layout inside
(transposing the stub's rows into columns and back) and subtracts the column maximum as the stub asks.
The Jacobian of one column s (k, 1) is diag(s) - s s^T, a matrix product of column vectors.
"""

import numpy as np


def _as_columns(Z):
    Z = np.asarray(Z, dtype=np.float64)
    return Z.reshape(-1, 1) if Z.ndim == 1 else Z.T


def _back(C, Z):
    return C[:, 0] if np.ndim(Z) == 1 else C.T


def _softmax_columns(C):
    E = np.exp(C - np.max(C, axis=0, keepdims=True))
    return E / np.sum(E, axis=0, keepdims=True)


def softmax(Z):
    return _back(_softmax_columns(_as_columns(Z)), Z)


def log_softmax(Z):
    C = _as_columns(Z)
    m = np.max(C, axis=0, keepdims=True)
    return _back(C - m - np.log(np.sum(np.exp(C - m), axis=0, keepdims=True)), Z)


def _jacobian_of_column(s):
    s = s.reshape(-1, 1)
    return np.diagflat(s) - s @ s.T


def softmax_jacobian(Z):
    S = _softmax_columns(_as_columns(Z))             # (K, N)
    if np.ndim(Z) == 1:
        return _jacobian_of_column(S[:, 0])
    K = S.shape[0]
    return np.array([_jacobian_of_column(S[:, j]) for j in range(S.shape[1])]).reshape(-1, K, K)


def softmax_cross_entropy_grad(logits, Y):
    S = _softmax_columns(_as_columns(logits))
    T = _as_columns(Y)
    return ((S - T) / S.shape[1]).T
