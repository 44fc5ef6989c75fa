"""Softmax, written by a Julia-trained student: examples as columns inside, dims=1 reductions, transposed back."""

import numpy as np


def _cols(Z):
    """Batch-first (N, K) or (K,) -> (K, N), one example per column as in Julia."""
    Z = np.asarray(Z, dtype=np.float64)
    return Z.reshape(-1, 1) if Z.ndim == 1 else Z.T


def _back(C, Z):
    """(K, N) columns -> the caller's layout."""
    return C[:, 0].copy() if np.ndim(Z) == 1 else np.ascontiguousarray(C.T)


def _softmax_cols(C):
    m = C.max(axis=0, keepdims=True)       # maximum(C, dims=1)
    E = np.exp(C - m)
    return E / E.sum(axis=0, keepdims=True)  # sum(E, dims=1)


def softmax(Z):
    return _back(_softmax_cols(_cols(Z)), Z)


def log_softmax(Z):
    C = _cols(Z)
    shifted = C - C.max(axis=0, keepdims=True)
    lse = np.log(np.exp(shifted).sum(axis=0, keepdims=True))
    return _back(shifted - lse, Z)


def softmax_jacobian(Z):
    S = softmax(Z)
    if S.ndim == 1:
        return np.diag(S) - np.outer(S, S)
    K = S.shape[1]
    # diag(s) - s s' for every example at once, broadcast like Julia's s .* (I - s')
    return S[:, :, None] * (np.eye(K)[None, :, :] - S[:, None, :])


def softmax_cross_entropy_grad(logits, Y):
    C = _cols(logits)
    N = C.shape[1]                         # size(C, 2): examples are columns
    G = (_softmax_cols(C) - _cols(Y)) / N
    return _back(G, logits)
