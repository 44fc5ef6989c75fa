"""A correct student solution of exercises/losses.py: dot products, log1p and logaddexp.reduce."""

import numpy as np


def _batch_mean(total, N):
    with np.errstate(invalid="ignore", divide="ignore"):  # N = 0: NaN, the mean of nothing
        return float(np.float64(total) / N)


def mse(Y_hat, Y):
    d = np.subtract(Y_hat, Y, dtype=np.float64).ravel()
    return _batch_mean(np.dot(d, d) / 2, len(Y))


def mse_grad(Y_hat, Y):
    return np.subtract(Y_hat, Y, dtype=np.float64) / len(Y)


def _clip(P):
    return np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)


def bce(P, Y):
    P = _clip(P)
    Y = np.asarray(Y, dtype=np.float64)
    return _batch_mean(-np.add.reduce((Y * np.log(P) + (1 - Y) * np.log1p(-P)).ravel()), len(Y))


def bce_grad(P, Y):
    P = _clip(P)
    Y = np.asarray(Y, dtype=np.float64)
    return ((1 - Y) / (1 - P) - Y / P) / len(Y)


def _log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    return Z - np.logaddexp.reduce(Z, axis=1, keepdims=True)


def cross_entropy_with_logits(Z, Y):
    return _batch_mean(-np.add.reduce((Y * _log_softmax(Z)).ravel()), len(Z))


def cross_entropy_with_logits_grad(Z, Y):
    return (np.exp(_log_softmax(Z)) - Y) / len(Z)
