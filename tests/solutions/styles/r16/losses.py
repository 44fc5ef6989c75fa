"""Losses in a functional (JAX-like) style: small pure helpers, reductions spelt out."""

import math

import numpy as np

_CLIP = 1e-12


def _batch(X):
    return np.shape(X)[0]


def _batch_mean(per_example_total, N):
    # mean over the batch of a total that is already summed over every axis; NaN for no examples
    return float("nan") if N == 0 else float(per_example_total) / N


def mse(Y_hat, Y):
    E = np.subtract(Y_hat, Y, dtype=np.float64)
    return _batch_mean(0.5 * np.vdot(E, E), _batch(E))


def mse_grad(Y_hat, Y):
    N = _batch(Y_hat)
    return (np.asarray(Y_hat, dtype=np.float64) - Y) / max(N, 1)


def _clipped(P):
    return np.clip(np.asarray(P, dtype=np.float64), _CLIP, 1.0 - _CLIP)


def bce(P, Y):
    P = _clipped(P)
    Y = np.asarray(Y, dtype=np.float64)
    total = -(np.sum(Y * np.log(P)) + np.sum((1.0 - Y) * np.log1p(-P)))
    return _batch_mean(total, _batch(P))


def bce_grad(P, Y):
    P = _clipped(P)
    N = _batch(P)
    return (P - Y) / (P * (1.0 - P)) / max(N, 1)


def _log_softmax_rows(Z):
    Z = np.asarray(Z, dtype=np.float64)
    return Z - np.logaddexp.reduce(Z, axis=1, keepdims=True) if Z.size else Z


def cross_entropy_with_logits(Z, Y):
    N = _batch(Z)
    if N == 0:
        return math.nan
    return _batch_mean(-np.sum(np.multiply(Y, _log_softmax_rows(Z))), N)


def cross_entropy_with_logits_grad(Z, Y):
    N = _batch(Z)
    S = np.exp(_log_softmax_rows(Z))
    return (S - Y) / max(N, 1)
