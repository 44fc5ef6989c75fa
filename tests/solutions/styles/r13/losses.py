"""Losses with explicit batch counts and math-module scalars for the final division."""

import math

import numpy as np

_EPS = 1e-12


def _pair(a, b):
    return np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)


def _mean_over_rows(total, n):
    # the mean of no examples is NaN by the file's convention (and without a 0/0 warning)
    return math.nan if n == 0 else float(total) / n


def mse(Y_hat, Y):
    """Mean squared error. Y_hat, Y (N, K) or (N,) -> float.

    L = 1/(2N) sum_n sum_k (Y_hat_nk - Y_nk)^2.
    """
    P, T = _pair(Y_hat, Y)
    d = (P - T).ravel()
    return _mean_over_rows(0.5 * float(np.dot(d, d)), P.shape[0])


def mse_grad(Y_hat, Y):
    """dL/dY_hat of mse: (Y_hat - Y) / N, shape of Y_hat."""
    P, T = _pair(Y_hat, Y)
    g = P - T
    if P.shape[0]:
        g /= P.shape[0]
    return g


def bce(P, Y):
    """Binary cross-entropy from probabilities. P (predicted P(y=1)), Y in {0, 1}: (N, K) or (N,) -> float.

    L = -(1/N) sum [Y log P + (1 - Y) log(1 - P)], with P clipped to [1e-12, 1 - 1e-12].
    """
    P, Y = _pair(P, Y)
    Pc = np.clip(P, _EPS, 1.0 - _EPS)
    total = -(np.sum(Y * np.log(Pc)) + np.sum((1.0 - Y) * np.log1p(-Pc)))
    return _mean_over_rows(total, P.shape[0])


def bce_grad(P, Y):
    """dL/dP of bce: (P - Y) / (P (1 - P)) / N with P clipped as in bce; shape of P."""
    P, Y = _pair(P, Y)
    Pc = np.clip(P, _EPS, 1.0 - _EPS)
    n = max(P.shape[0], 1)
    return (Pc - Y) / (Pc * (1.0 - Pc) * n)


def _log_softmax_rows(Z):
    m = Z.max(axis=-1, keepdims=True) if Z.shape[-1] else 0.0
    shifted = Z - m
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def cross_entropy_with_logits(Z, Y):
    """Categorical cross-entropy of softmax(Z) from logits Z (N, K), Y (N, K) one-hot -> float.

    L = -(1/N) sum_n sum_k Y_nk log_softmax(Z)_nk; finite for logits of any size.
    """
    Z, Y = _pair(Z, Y)
    return _mean_over_rows(-np.einsum("nk,nk->", Y, _log_softmax_rows(Z)), Z.shape[0])


def cross_entropy_with_logits_grad(Z, Y):
    """dL/dZ of cross_entropy_with_logits: (softmax(Z) - Y) / N, shape (N, K)."""
    Z, Y = _pair(Z, Y)
    S = np.exp(_log_softmax_rows(Z))
    S -= Y
    return S / max(Z.shape[0], 1)
