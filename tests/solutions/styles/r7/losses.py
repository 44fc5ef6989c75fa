"""Losses, r7 style: np.divide with out=, logaddexp-based cross-entropy, explicit batch size."""

import numpy as np

_EPS = 1e-12


def _pair(a, b):
    return np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)


def _n(a):
    return a.shape[0]


def mse(Y_hat, Y):
    Y_hat, Y = _pair(Y_hat, Y)
    d = Y_hat - Y
    n = _n(d)
    if n == 0:
        return float("nan")
    return float(np.vdot(d, d) / (2.0 * n))


def mse_grad(Y_hat, Y):
    Y_hat, Y = _pair(Y_hat, Y)
    out = Y_hat - Y
    np.divide(out, max(_n(out), 1), out=out)
    return out


def bce(P, Y):
    P, Y = _pair(P, Y)
    n = _n(P)
    if n == 0:
        return float("nan")
    Pc = np.clip(P, _EPS, 1.0 - _EPS)
    total = np.sum(Y * np.log(Pc)) + np.sum((1.0 - Y) * np.log1p(-Pc))
    return float(-total / n)


def bce_grad(P, Y):
    P, Y = _pair(P, Y)
    Pc = np.clip(P, _EPS, 1.0 - _EPS)
    out = Pc - Y
    np.divide(out, Pc * (1.0 - Pc) * max(_n(P), 1), out=out)
    return out


def _log_softmax(Z):
    return Z - np.logaddexp.reduce(Z, axis=-1, keepdims=True)


def cross_entropy_with_logits(Z, Y):
    Z, Y = _pair(Z, Y)
    n = _n(Z)
    if n == 0:
        return float("nan")
    return float(-np.sum(Y * _log_softmax(Z)) / n)


def cross_entropy_with_logits_grad(Z, Y):
    Z, Y = _pair(Z, Y)
    S = np.exp(_log_softmax(Z))
    S -= Y
    S /= max(_n(Z), 1)
    return S
