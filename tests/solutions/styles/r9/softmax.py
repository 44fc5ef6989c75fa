"""A correct student solution of exercises/softmax.py: logaddexp reductions and np.matrix for one example."""

import numpy as np


def _lse(Z):
    Z = np.asarray(Z, dtype=np.float64)
    m = Z.max(axis=-1, keepdims=True)
    return m + np.log(np.exp(Z - m).sum(axis=-1, keepdims=True))


def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    return np.exp(Z - _lse(Z))


def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    return Z - _lse(Z)


def _jacobian_one(s):
    col = np.asmatrix(s).T
    return np.asarray(np.asmatrix(np.diag(s)) - col * col.T)


def softmax_jacobian(Z):
    S = softmax(Z)
    if S.ndim == 1:
        return _jacobian_one(S)
    eye = np.eye(S.shape[-1])
    return np.einsum("ni,ij->nij", S, eye) - np.einsum("ni,nj->nij", S, S)


def softmax_cross_entropy_grad(logits, Y):
    S = softmax(logits)
    return (S - np.asarray(Y, dtype=np.float64)) / S.shape[0]
