"""Losses written by a statistics student: a loss is a sum of per-example terms
divided by the sample size; Bernoulli log-likelihood with log1p; the categorical
one picks the log-probability of the observed class (Y is one-hot)."""

import numpy as np


def _n(Y_hat):
    return np.shape(Y_hat)[0]


def _mean_over_examples(total, n):
    # the mean of no examples is NaN, without a 0/0 warning
    return float(total) / n if n else float("nan")


def mse(Y_hat, Y):
    r = (np.asarray(Y_hat, dtype=np.float64) - Y).ravel()
    return _mean_over_examples(0.5 * np.dot(r, r), _n(Y_hat))


def mse_grad(Y_hat, Y):
    n = _n(Y_hat)
    return (np.asarray(Y_hat, dtype=np.float64) - Y) * (1.0 / max(n, 1))


def bce(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)
    Y = np.asarray(Y, dtype=np.float64)
    ll = Y * np.log(P) + (1.0 - Y) * np.log1p(-P)
    return _mean_over_examples(-np.sum(ll), _n(P))


def bce_grad(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)
    n = max(_n(P), 1)
    return -(Y / P - (1.0 - Y) / (1.0 - P)) / n


def _log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    m = Z.max(axis=1, keepdims=True) if Z.size else Z[:, :1]
    s = Z - m
    return s - np.log(np.exp(s).sum(axis=1, keepdims=True))


def cross_entropy_with_logits(Z, Y):
    n = _n(Z)
    if n == 0:
        return float("nan")
    observed = np.argmax(Y, axis=1)
    return _mean_over_examples(-_log_softmax(Z)[np.arange(n), observed].sum(), n)


def cross_entropy_with_logits_grad(Z, Y):
    n = _n(Z)
    if n == 0:
        return np.zeros(np.shape(Z))
    return (np.exp(_log_softmax(Z)) - Y) / n
