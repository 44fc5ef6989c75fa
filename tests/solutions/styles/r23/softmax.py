"""Softmax as UFLDL's softmax exercise writes it, ported from MATLAB.

UFLDL keeps one example per COLUMN: M = theta * data (K x m), then
M = bsxfun(@minus, M, max(M, [], 1)); p = bsxfun(@rdivide, exp(M), sum(exp(M))).
The stub is batch-first, so each function transposes to columns, works there
with np.tile standing in for bsxfun, and transposes back.
"""

import numpy as np


def _columns(Z):
    """(K,) -> (K, 1); (N, K) -> (K, N): one example per column."""
    Z = np.asarray(Z, dtype=np.float64)
    return Z.reshape(-1, 1) if Z.ndim == 1 else Z.T


def _rows(M, like):
    """Back from columns to the caller's layout."""
    return M.reshape(np.shape(like)) if np.ndim(like) == 1 else M.T


def _shifted(M):
    K = M.shape[0]
    return M - np.tile(np.max(M, axis=0), (K, 1))


def softmax(Z):
    """p = exp(M - max) ./ sum(exp(M - max)), columnwise."""
    E = np.exp(_shifted(_columns(Z)))
    p = E / np.tile(np.sum(E, axis=0), (E.shape[0], 1))
    return _rows(p, Z)


def log_softmax(Z):
    """(M - max) - log(sum(exp(M - max))), columnwise."""
    S = _shifted(_columns(Z))
    lse = np.log(np.sum(np.exp(S), axis=0))
    return _rows(S - np.tile(lse, (S.shape[0], 1)), Z)


def softmax_jacobian(Z):
    """J = diag(p) - p p' for each example; a batch gives (N, K, K)."""
    P = _columns(softmax(Z)).T  # (N, K): one example per row again for stacking
    K = P.shape[1]
    J = np.eye(K)[None, :, :] * P[:, :, None] - P[:, :, None] * P[:, None, :]
    return J[0] if np.ndim(Z) == 1 else J


def softmax_cross_entropy_grad(logits, Y):
    """UFLDL's -(1/m) * (groundTruth - M), with M the column probabilities."""
    M = _columns(softmax(logits))
    groundTruth = _columns(Y)
    m = M.shape[1]
    return (-(1.0 / m) * (groundTruth - M)).T
