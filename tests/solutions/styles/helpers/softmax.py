"""Softmax family from a shift helper and a batch-aware Jacobian helper (helpers style)."""

import numpy as np

_AXIS = -1


def _shifted(Z):
    Z = np.asarray(Z, dtype=np.float64)
    return Z - np.max(Z, axis=_AXIS, keepdims=True)


def _normalise(E):
    return E / np.sum(E, axis=_AXIS, keepdims=True)


def _log_normaliser(S):
    return np.log(np.sum(np.exp(S), axis=_AXIS, keepdims=True))


def _jacobian_of(s):
    eye = np.eye(s.shape[-1])
    return s[..., None] * (eye - s[..., None, :])


def softmax(Z):
    return _normalise(np.exp(_shifted(Z)))


def log_softmax(Z):
    S = _shifted(Z)
    return S - _log_normaliser(S)


def softmax_jacobian(Z):
    return _jacobian_of(softmax(Z))


def softmax_cross_entropy_grad(logits, Y):
    P = softmax(logits)
    return (P - np.asarray(Y, dtype=np.float64)) / P.shape[0]
