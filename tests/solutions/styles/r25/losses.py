"""Losses, written by an APL/J mind: a loss is a total reduction (+/ of the ravel) divided by the tally of rows.

An empty batch gives 0/0: NaN by the docstring, computed without a warning.
"""

import numpy as np

_EPS = 1e-12


def _tally(X):
    """Number of examples: the length of the first axis."""
    return np.shape(X)[0]


def _per_example(total, X):
    """total / N, NaN (without a warning) when N = 0."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return float(np.float64(total) / _tally(X))


def _log_softmax(Z):
    d = Z - np.maximum.reduce(Z, axis=-1, keepdims=True)
    return d - np.log(np.add.reduce(np.exp(d), axis=-1, keepdims=True))


def mse(Y_hat, Y):
    d = np.subtract(Y_hat, Y, dtype=np.float64)
    return _per_example(np.add.reduce(np.square(d), axis=None) / 2, d)


def mse_grad(Y_hat, Y):
    d = np.subtract(Y_hat, Y, dtype=np.float64)
    return d / _tally(d)


def bce(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), _EPS, 1 - _EPS)
    return _per_example(-np.add.reduce(Y * np.log(P) + (1 - Y) * np.log(1 - P), axis=None), P)


def bce_grad(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), _EPS, 1 - _EPS)
    return (P - Y) / (P * (1 - P)) / _tally(P)


def cross_entropy_with_logits(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    return _per_example(-np.add.reduce(Y * _log_softmax(Z), axis=None), Z)


def cross_entropy_with_logits_grad(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    return (np.exp(_log_softmax(Z)) - Y) / _tally(Z)
