"""Correct solution of exercises/softmax.py, functional style: log-sum-exp by np.logaddexp.reduce, np.apply_along_axis for the Jacobian."""

import numpy as np


def _lse(Z):
    return np.logaddexp.reduce(Z, axis=-1, keepdims=True)


def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    return Z - _lse(Z)


def softmax(Z):
    return np.exp(log_softmax(Z))


def softmax_jacobian(Z):
    return np.apply_along_axis(lambda s: np.diag(s) - np.outer(s, s), -1, softmax(Z))


def softmax_cross_entropy_grad(logits, Y):
    return (softmax(logits) - Y) / np.shape(logits)[0]
