"""Losses with explicit sums (math.fsum over numpy rows) and the CE read through argmax (r14 style)."""

import math

import numpy as np

_EPS = 1e-12


def _n(A):
    return np.shape(A)[0]


def _mean_over_batch(total, n):
    # the mean of no examples is NaN (no ZeroDivisionError, no warning)
    return float(total / n) if n else float("nan")


def mse(Y_hat, Y):
    d = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    return _mean_over_batch(0.5 * math.fsum(np.ravel(d * d)), _n(d))


def mse_grad(Y_hat, Y):
    Y_hat = np.asarray(Y_hat, dtype=np.float64)
    n = _n(Y_hat)
    return (Y_hat - Y) / n if n else np.zeros_like(Y_hat)


def bce(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), _EPS, 1 - _EPS)
    Y = np.asarray(Y, dtype=np.float64)
    terms = Y * np.log(P) + (1 - Y) * np.log1p(-P)
    return _mean_over_batch(-math.fsum(np.ravel(terms)), _n(P))


def bce_grad(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), _EPS, 1 - _EPS)
    n = _n(P)
    if not n:
        return np.zeros_like(P)
    return (-Y / P + (1 - Y) / (1 - P)) / n


def _lse(Z):
    m = Z.max(axis=1, keepdims=True)
    return (m + np.log(np.exp(Z - m).sum(axis=1, keepdims=True)))[:, 0]


def cross_entropy_with_logits(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    n = _n(Z)
    if not n:
        return float("nan")
    # general soft-target form: sum_k Y_nk (lse_n - Z_nk)
    per_row = np.einsum("nk,nk->n", Y, _lse(Z)[:, None] - Z)
    return _mean_over_batch(math.fsum(per_row), n)


def cross_entropy_with_logits_grad(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    n = _n(Z)
    if not n:
        return np.zeros_like(Z)
    S = np.exp(Z - _lse(Z)[:, None])
    return (S - Y) / n
