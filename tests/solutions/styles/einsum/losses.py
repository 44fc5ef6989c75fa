"""Losses with einsum reductions (einsum style)."""

import numpy as np

_EPS = 1e-12


def _n(Y):
    return Y.shape[0]


def mse(Y_hat, Y):
    D = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    flat = D.reshape(-1)
    return float(np.einsum("i,i->", flat, flat) / (2.0 * _n(D)))


def mse_grad(Y_hat, Y):
    D = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    return D / _n(D)


def bce(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), _EPS, 1.0 - _EPS)
    Y = np.asarray(Y, dtype=np.float64)
    y, p = Y.reshape(-1), P.reshape(-1)
    total = np.einsum("i,i->", y, np.log(p)) + np.einsum("i,i->", 1.0 - y, np.log1p(-p))
    return float(-total / _n(P))


def bce_grad(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), _EPS, 1.0 - _EPS)
    Y = np.asarray(Y, dtype=np.float64)
    return (P - Y) / np.einsum("...,...->...", P, 1.0 - P) / _n(P)


def _log_softmax(Z):
    m = Z.max(axis=-1, keepdims=True)
    S = Z - m
    return S - np.log(np.einsum("nk->n", np.exp(S)))[:, None]


def cross_entropy_with_logits(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    return float(-np.einsum("nk,nk->", Y, _log_softmax(Z)) / Z.shape[0])


def cross_entropy_with_logits_grad(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    S = E / np.einsum("nk->n", E)[:, None]
    return (S - Y) / Z.shape[0]
