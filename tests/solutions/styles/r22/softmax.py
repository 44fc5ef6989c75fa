"""Softmax, the np.matrix way: row sums that stay 2-D so they broadcast, ``*`` only between matrices.

Every function converts back to a plain ndarray (.A) of the shape it was given.
"""

import numpy as np


def _rows(Z):
    # np.matrix makes a (K,) vector a (1, K) row: the same code for one example and a batch
    Z = np.asarray(Z)
    if Z.dtype.kind != "f":
        Z = Z.astype(np.float64)
    return np.asmatrix(Z.reshape(-1, Z.shape[-1])), Z.shape


def softmax(Z):
    """Softmax of logits Z: (K,) or (N, K) -> same shape, each row positive and summing to 1."""
    M, shape = _rows(Z)
    E = np.exp(M - M.max(axis=1))                 # (N, 1) maxima broadcast over the columns
    S = np.divide(E, E.sum(axis=1))
    return S.A.reshape(shape)


def log_softmax(Z):
    """log softmax(Z): (K,) or (N, K) -> same shape, computed without forming softmax."""
    M, shape = _rows(Z)
    D = M - M.max(axis=1)
    return (D - np.log(np.exp(D).sum(axis=1))).A.reshape(shape)


def softmax_jacobian(Z):
    """Jacobian ds/dz: z (K,) -> (K, K), or a batch Z (N, K) -> (N, K, K); J = diag(s) - s s^T."""
    S = np.asarray(softmax(Z))
    if S.ndim == 1:
        s = np.asmatrix(S).T                      # a column vector (K, 1)
        return (np.asmatrix(np.diag(S)) - s * s.T).A
    return np.array([(np.asmatrix(np.diag(row)) - np.asmatrix(row).T * np.asmatrix(row)).A for row in S],
                    dtype=S.dtype).reshape(S.shape[0], S.shape[1], S.shape[1])


def softmax_cross_entropy_grad(logits, Y):
    """dL/dlogits = (softmax(logits) - Y) / N, shape (N, K)."""
    S = softmax(logits)
    N = S.shape[0]
    return np.divide(np.subtract(S, np.asarray(Y)), N)
