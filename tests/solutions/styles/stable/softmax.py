"""Softmax family through log-sum-exp (stable style)."""

import numpy as np


def _lse(Z):
    m = np.max(Z, axis=-1, keepdims=True)
    return m + np.log(np.sum(np.exp(Z - m), axis=-1, keepdims=True))


def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    return np.exp(Z - _lse(Z))


def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    m = np.max(Z, axis=-1, keepdims=True)
    return (Z - m) - np.log(np.sum(np.exp(Z - m), axis=-1, keepdims=True))


def softmax_jacobian(Z):
    s = softmax(Z)
    outer = s[..., :, None] * s[..., None, :]
    diag = s[..., :, None] * np.eye(s.shape[-1])
    return diag - outer


def softmax_cross_entropy_grad(logits, Y):
    logits = np.asarray(logits, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    return (np.exp(logits - _lse(logits)) - Y) / logits.shape[0]
