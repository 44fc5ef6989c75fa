"""Losses from shared helpers: batch size, clipping, log-sum-exp (helpers style)."""

import numpy as np

_P_MIN = 1e-12
_P_MAX = 1.0 - _P_MIN


def _pair(a, b):
    return np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)


def _batch(X):
    return X.shape[0]


def _clipped(P):
    return np.clip(P, _P_MIN, _P_MAX)


def _log_softmax_rows(Z):
    shifted = Z - Z.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def _softmax_rows(Z):
    return np.exp(_log_softmax_rows(Z))


def mse(Y_hat, Y):
    Y_hat, Y = _pair(Y_hat, Y)
    return float(0.5 * np.sum((Y_hat - Y) ** 2) / _batch(Y_hat))


def mse_grad(Y_hat, Y):
    Y_hat, Y = _pair(Y_hat, Y)
    return (Y_hat - Y) / _batch(Y_hat)


def bce(P, Y):
    P, Y = _pair(P, Y)
    P = _clipped(P)
    return float(-np.sum(Y * np.log(P) + (1.0 - Y) * np.log(1.0 - P)) / _batch(P))


def bce_grad(P, Y):
    P, Y = _pair(P, Y)
    P = _clipped(P)
    return (P - Y) / (P * (1.0 - P)) / _batch(P)


def cross_entropy_with_logits(Z, Y):
    Z, Y = _pair(Z, Y)
    return float(-np.sum(Y * _log_softmax_rows(Z)) / _batch(Z))


def cross_entropy_with_logits_grad(Z, Y):
    Z, Y = _pair(Z, Y)
    return (_softmax_rows(Z) - Y) / _batch(Z)
