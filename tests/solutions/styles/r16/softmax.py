"""Softmax family, channels-last (Keras: axis=-1), the normaliser as a stable
log-sum-exp by np.logaddexp.reduce and the Jacobian by einsum with a Kronecker delta."""

import numpy as np


def _logsumexp(Z):
    Z = np.asarray(Z, dtype=np.float64)
    m = np.max(Z, axis=-1, keepdims=True)
    return m + np.log(np.sum(np.exp(Z - m), axis=-1, keepdims=True))


def softmax(Z):
    return np.exp(np.asarray(Z, dtype=np.float64) - _logsumexp(Z))


def log_softmax(Z):
    return np.asarray(Z, dtype=np.float64) - _logsumexp(Z)


def softmax_jacobian(Z):
    s = softmax(Z)
    delta = np.eye(s.shape[-1])
    # J[..., i, j] = s_i (delta_ij - s_j)
    return np.einsum("...i,ij->...ij", s, delta) - np.einsum("...i,...j->...ij", s, s)


def softmax_cross_entropy_grad(logits, Y):
    N = np.shape(logits)[0]
    return (softmax(logits) - Y) / N
