"""Losses, np.matrix-era: np.multiply for elementwise products, float() for the 1x1 results of matrix sums."""

import numpy as np


def _m(A):
    # (N,) or (N, K) become matrices (a (N,) vector a (1, N) row: sums over everything do not care)
    A = np.asarray(A)
    if A.dtype.kind != "f":
        A = A.astype(np.float64)
    return np.asmatrix(A) if A.ndim <= 2 else A


def mse(Y_hat, Y):
    """L = 1/(2N) sum_n sum_k (Y_hat_nk - Y_nk)^2; float."""
    N = np.shape(Y_hat)[0]
    D = _m(Y_hat) - _m(Y)
    with np.errstate(invalid="ignore", divide="ignore"):
        return float(np.multiply(D, D).sum()) / (2 * N) if N else float("nan")


def mse_grad(Y_hat, Y):
    """(Y_hat - Y) / N, shape of Y_hat."""
    Y_hat = np.asarray(Y_hat)
    N = Y_hat.shape[0]
    return np.asarray(np.subtract(Y_hat, Y), dtype=np.result_type(Y_hat.dtype, np.float32)) / max(N, 1)


def bce(P, Y):
    """L = -(1/N) sum [Y log P + (1 - Y) log(1 - P)], P clipped to [1e-12, 1 - 1e-12]."""
    N = np.shape(P)[0]
    if N == 0:
        return float("nan")
    P = np.clip(_m(P), 1e-12, 1 - 1e-12)
    Y = _m(Y)
    total = np.multiply(Y, np.log(P)) + np.multiply(1 - Y, np.log(1 - P))
    return -float(total.sum()) / N


def bce_grad(P, Y):
    """(P - Y) / (P (1 - P)) / N with P clipped; shape of P."""
    P0 = np.asarray(P)
    N = P0.shape[0]
    Pc = np.clip(P0.astype(np.result_type(P0.dtype, np.float32)), 1e-12, 1 - 1e-12)
    return np.divide(np.subtract(Pc, Y), np.multiply(Pc, 1 - Pc)) / max(N, 1)


def _log_softmax(Z):
    M = np.asmatrix(Z)
    D = M - M.max(axis=1)
    return D - np.log(np.exp(D).sum(axis=1))


def cross_entropy_with_logits(Z, Y):
    """L = -(1/N) sum_n sum_k Y_nk log_softmax(Z)_nk; float."""
    Z = _m(Z)
    N = Z.shape[0]
    if N == 0:
        return float("nan")
    return -float(np.multiply(_m(Y), _log_softmax(Z)).sum()) / N


def cross_entropy_with_logits_grad(Z, Y):
    """(softmax(Z) - Y) / N, shape (N, K)."""
    Z = _m(Z)
    N = Z.shape[0]
    if N == 0:
        return np.zeros(Z.shape)
    S = np.exp(_log_softmax(Z))
    return ((S - _m(Y)) / N).A
