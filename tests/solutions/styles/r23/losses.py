"""Losses in the UFLDL style: one example per column, m = size(data, 2), cost = (1/m) * sum(...).

A (N,) input is one output unit over N examples: the row vector (1, N).
"""

import numpy as np


def _columns(A):
    A = np.asarray(A, dtype=np.float64)
    return A.reshape(1, -1) if A.ndim == 1 else A.T


def _back(G, like):
    return G.reshape(np.shape(like)) if np.ndim(like) == 1 else G.T


def _mean_over_examples(per_example):
    # (1/m) * sum(...) with m = 0 would divide by zero: no examples, no mean
    m = per_example.shape[0]
    return float("nan") if m == 0 else float((1.0 / m) * np.sum(per_example))


def mse(Y_hat, Y):
    """(1/m) * sum(0.5 * sum((h - y).^2))."""
    D = _columns(Y_hat) - _columns(Y)
    return _mean_over_examples(0.5 * np.sum(D ** 2, axis=0))


def mse_grad(Y_hat, Y):
    """(1/m) * (h - y)."""
    H = _columns(Y_hat)
    m = H.shape[1]
    G = (H - _columns(Y)) / m if m else H - _columns(Y)
    return _back(G, Y_hat)


def _clip(P):
    return np.clip(P, 1e-12, 1 - 1e-12)


def bce(P, Y):
    """-(1/m) * sum(sum(y .* log(p) + (1 - y) .* log(1 - p)))."""
    p = _clip(_columns(P))
    y = _columns(Y)
    per_example = -np.sum(y * np.log(p) + (1 - y) * np.log(1 - p), axis=0)
    return _mean_over_examples(per_example)


def bce_grad(P, Y):
    """(1/m) * (p - y) ./ (p .* (1 - p)), p clipped."""
    p = _clip(_columns(P))
    m = p.shape[1]
    G = (p - _columns(Y)) / (p * (1 - p))
    return _back(G / m if m else G, P)


def _log_probs(M):
    S = M - np.tile(np.max(M, axis=0), (M.shape[0], 1))
    return S - np.tile(np.log(np.sum(np.exp(S), axis=0)), (M.shape[0], 1))


def cross_entropy_with_logits(Z, Y):
    """-(1/m) * sum(sum(groundTruth .* log(p))), log p taken in the log domain."""
    M = _columns(Z)
    if M.shape[1] == 0:
        return float("nan")
    return _mean_over_examples(-np.sum(_columns(Y) * _log_probs(M), axis=0))


def cross_entropy_with_logits_grad(Z, Y):
    """-(1/m) * (groundTruth - p)."""
    M = _columns(Z)
    m = M.shape[1]
    if m == 0:
        return np.zeros(np.shape(Z))
    P = np.exp(_log_probs(M))
    return (-(1.0 / m) * (_columns(Y) - P)).T
