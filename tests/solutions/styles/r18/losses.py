"""Losses written the MIT 6.036/6.390 way: per example as a column, then averaged.

6.036 defines a loss on one column (a guess g (k, 1) against a label y (k, 1), e.g. NLL = -y^T log g) and the
dataset loss as the mean of those over the n columns of a (k, n) matrix. This student transposes the stub's
batch-first arrays to columns, computes one loss per column, and takes their mean (NaN for no columns);
the gradients are those of the mean, so each column's gradient carries the 1/n.
"""

import numpy as np


def _columns(Y_hat, Y):
    G = np.asarray(Y_hat, dtype=np.float64)
    T = np.asarray(Y, dtype=np.float64)
    if G.ndim == 1:                                   # (N,): one output unit, N columns
        return G.reshape(1, -1), T.reshape(1, -1)
    return G.T, T.T


def _mean_over_columns(per_column):
    n = per_column.shape[0]
    return float(np.sum(per_column) / n) if n else float("nan")


def mse(Y_hat, Y):
    G, T = _columns(Y_hat, Y)
    return _mean_over_columns(0.5 * np.sum((G - T) ** 2, axis=0))


def mse_grad(Y_hat, Y):
    G, T = _columns(Y_hat, Y)
    n = G.shape[1]
    return ((G - T) / n).T.reshape(np.shape(Y_hat))


def _clip(G):
    return np.clip(G, 1e-12, 1 - 1e-12)


def bce(P, Y):
    G, T = _columns(P, Y)
    G = _clip(G)
    per_column = -np.sum(T * np.log(G) + (1 - T) * np.log(1 - G), axis=0)
    return _mean_over_columns(per_column)


def bce_grad(P, Y):
    G, T = _columns(P, Y)
    G = _clip(G)
    n = G.shape[1]
    return ((G - T) / (G * (1 - G)) / n).T.reshape(np.shape(P))


def _log_softmax_columns(Z):
    m = np.max(Z, axis=0, keepdims=True)
    return Z - m - np.log(np.sum(np.exp(Z - m), axis=0, keepdims=True))


def cross_entropy_with_logits(Z, Y):
    G, T = _columns(Z, Y)
    nll = -np.sum(T * _log_softmax_columns(G), axis=0)     # NLL of each column: -y^T log softmax(z)
    return _mean_over_columns(nll)


def cross_entropy_with_logits_grad(Z, Y):
    G, T = _columns(Z, Y)
    n = G.shape[1]
    return ((np.exp(_log_softmax_columns(G)) - T) / n).T
