"""Losses, written Chollet-style (Deep Learning with Python, ch. 2): asserts on ranks and shapes, rank-2 tensors everywhere."""

import numpy as np

EPS = 1e-12


def _as_2d(x):
    """(N,) -> (N, 1) so that every loss sees a 2D tensor of rank 2."""
    x = np.asarray(x, dtype=np.float64)
    return x.reshape(-1, 1) if x.ndim == 1 else x


def _batch_mean(total, n):
    return float("nan") if n == 0 else float(total) / n


def mse(Y_hat, Y):
    d = _as_2d(Y_hat) - _as_2d(Y)
    return _batch_mean(0.5 * np.sum(d * d), d.shape[0])


def mse_grad(Y_hat, Y):
    Y_hat = np.asarray(Y_hat, dtype=np.float64)
    return (Y_hat - np.asarray(Y, dtype=np.float64)) / Y_hat.shape[0]


def _clip(P):
    return np.clip(np.asarray(P, dtype=np.float64), EPS, 1.0 - EPS)


def bce(P, Y):
    P, Y = _as_2d(_clip(P)), _as_2d(Y)
    assert P.shape == Y.shape
    ll = Y * np.log(P) + (1.0 - Y) * np.log(1.0 - P)
    return _batch_mean(-np.sum(ll), P.shape[0])


def bce_grad(P, Y):
    P = _clip(P)
    Y = np.asarray(Y, dtype=np.float64)
    return (P - Y) / (P * (1.0 - P)) / P.shape[0]


def _log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    assert Z.ndim == 2
    shifted = Z - Z.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def cross_entropy_with_logits(Z, Y):
    Y = np.asarray(Y, dtype=np.float64)
    if Y.shape[0] == 0:
        return float("nan")
    return _batch_mean(-np.sum(Y * _log_softmax(Z)), Y.shape[0])


def cross_entropy_with_logits_grad(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    if Z.shape[0] == 0:
        return np.zeros_like(Z)
    S = np.exp(_log_softmax(Z))
    return (S - np.asarray(Y, dtype=np.float64)) / Z.shape[0]
