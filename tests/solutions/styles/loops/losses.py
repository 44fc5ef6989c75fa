"""Losses; the cross-entropy sums over classes in a loop (loops style)."""

import numpy as np


def mse(Y_hat, Y):
    Y_hat = np.asarray(Y_hat, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    if Y_hat.shape[0] == 0:  # the mean of no examples
        return float("nan")
    D = (Y_hat - Y).reshape(Y_hat.shape[0], -1)
    total = 0.0
    for k in range(D.shape[1]):
        total += float(np.dot(D[:, k], D[:, k]))
    return total / (2 * D.shape[0])


def mse_grad(Y_hat, Y):
    Y_hat = np.asarray(Y_hat, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    return (Y_hat - Y) / Y_hat.shape[0]


def _clip(P):
    return np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)


def bce(P, Y):
    P = _clip(P)
    Y = np.asarray(Y, dtype=np.float64)
    terms = [Y * np.log(P), (1 - Y) * np.log(1 - P)]
    return float(-sum(t.sum() for t in terms) / P.shape[0])


def bce_grad(P, Y):
    P = _clip(P)
    Y = np.asarray(Y, dtype=np.float64)
    return (P - Y) / (P * (1 - P)) / P.shape[0]


def cross_entropy_with_logits(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    N, K = Z.shape
    if N == 0:  # the mean of no examples
        return float("nan")
    m = Z.max(axis=1)
    acc = np.zeros(N)
    for k in range(K):
        acc += np.exp(Z[:, k] - m)
    lse = m + np.log(acc)
    total = 0.0
    for k in range(K):
        total += float((Y[:, k] * (Z[:, k] - lse)).sum())
    return -total / N


def cross_entropy_with_logits_grad(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    N, K = Z.shape
    m = Z.max(axis=1)
    cols = [np.exp(Z[:, k] - m) for k in range(K)]
    total = sum(cols)
    S = np.stack([c / total for c in cols], axis=1)
    return (S - Y) / N
