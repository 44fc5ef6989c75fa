"""Losses with log1p / logsumexp forms (stable style)."""

import numpy as np

_LO, _HI = 1e-12, 1.0 - 1e-12


def mse(Y_hat, Y):
    D = np.subtract(Y_hat, Y, dtype=np.float64)
    return float(np.mean(np.sum(np.square(np.atleast_2d(D.T).T), axis=1)) / 2.0)  # the mean of no rows: NaN


def mse_grad(Y_hat, Y):
    D = np.subtract(Y_hat, Y, dtype=np.float64)
    return D / D.shape[0]


def bce(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), _LO, _HI)
    Y = np.asarray(Y, dtype=np.float64)
    ll = np.where(Y == 1, np.log(P), 0.0) + np.where(Y == 0, np.log1p(-P), 0.0)
    mixed = (Y != 0) & (Y != 1)
    ll = np.where(mixed, Y * np.log(P) + (1.0 - Y) * np.log1p(-P), ll)
    return float(-np.sum(ll) / P.shape[0])


def bce_grad(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), _LO, _HI)
    Y = np.asarray(Y, dtype=np.float64)
    # (P - Y) / (P (1 - P)) = (1 - Y) / (1 - P) - Y / P
    return ((1.0 - Y) / (1.0 - P) - Y / P) / P.shape[0]


def _logsumexp(Z):
    m = np.max(Z, axis=1, keepdims=True)
    return m + np.log(np.sum(np.exp(Z - m), axis=1, keepdims=True))


def cross_entropy_with_logits(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    # with one-hot rows: sum_k Y_k (lse - z_k) = lse * sum_k Y_k - sum_k Y_k z_k
    lse = _logsumexp(Z)
    return float(np.sum(Y * (lse - Z)) / Z.shape[0])


def cross_entropy_with_logits_grad(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    return (np.exp(Z - _logsumexp(Z)) - Y) / Z.shape[0]
