"""Softmax, r7 style: max-shift on a float64 copy in place, Jacobian by broadcasting reshapes."""

import numpy as np


def _shifted(Z):
    """Z - max over the last axis, as a new float64 array (the caller's array is never touched)."""
    S = np.array(Z, dtype=np.float64, copy=True)
    S -= S.max(axis=-1, keepdims=True)
    return S


def softmax(Z):
    E = _shifted(Z)
    np.exp(E, out=E)
    E /= E.sum(axis=-1, keepdims=True)
    return E


def log_softmax(Z):
    S = _shifted(Z)
    S -= np.log(np.exp(S).sum(axis=-1, keepdims=True))
    return S


def softmax_jacobian(Z):
    s = softmax(Z)
    K = s.shape[-1]
    col = s.reshape(s.shape + (1,))
    row = s.reshape(s.shape[:-1] + (1, K))
    return np.eye(K) * col - col * row


def softmax_cross_entropy_grad(logits, Y):
    P = softmax(logits)
    P -= np.asarray(Y, dtype=np.float64)
    return P / P.shape[0]
