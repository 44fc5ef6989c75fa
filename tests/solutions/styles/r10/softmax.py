"""A correct student solution of exercises/softmax.py: log-sum-exp by np.logaddexp.reduce, the Jacobian as diag - outer."""

import numpy as np


def _lse(Z):
    return np.logaddexp.reduce(Z, axis=-1, keepdims=True)


def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    return Z - _lse(Z)


def softmax(Z):
    return np.exp(log_softmax(Z))


def softmax_jacobian(Z):
    S = softmax(Z)
    K = S.shape[-1]
    diag = S[..., :, None] * np.eye(K)
    outer = np.matmul(S[..., :, None], S[..., None, :])
    return diag - outer


def softmax_cross_entropy_grad(logits, Y):
    return np.divide(softmax(logits) - Y, np.shape(logits)[0])
