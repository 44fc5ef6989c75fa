"""Correct solution of exercises/losses.py, functional style: log-sum-exp by np.logaddexp.reduce, log1p, the y/p form of dBCE."""

import numpy as np

LO, HI = 1e-12, 1 - 1e-12


def _rows(Y):
    return np.shape(Y)[0]


def mse(Y_hat, Y):
    return float(np.sum(np.square(np.subtract(Y_hat, Y))) / (2 * _rows(Y)))


def mse_grad(Y_hat, Y):
    return np.subtract(Y_hat, Y, dtype=np.float64) / _rows(Y)


def bce(P, Y):
    P = np.clip(P, LO, HI)
    return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log1p(-P)) / _rows(Y))


def bce_grad(P, Y):
    P = np.clip(P, LO, HI)
    return -(Y / P - (1 - Y) / (1 - P)) / _rows(Y)


def _log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    return Z - np.logaddexp.reduce(Z, axis=1, keepdims=True)


def cross_entropy_with_logits(Z, Y):
    return float(-np.sum(Y * _log_softmax(Z)) / _rows(Z))


def cross_entropy_with_logits_grad(Z, Y):
    return (np.exp(_log_softmax(Z)) - Y) / _rows(Z)
