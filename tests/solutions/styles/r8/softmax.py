"""Softmax, r8 style: one-row functions lifted to batches with np.apply_along_axis, math.fsum-free float64 throughout."""

import numpy as np


def _softmax_row(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def _log_softmax_row(z):
    shifted = z - z.max()
    return shifted - np.log(np.exp(shifted).sum())


def _jacobian_row(z):
    s = _softmax_row(z)
    return np.diag(s) - np.outer(s, s)


def _rowwise(fn, Z, extra_dims=()):
    """fn on the last axis of Z; an empty batch gives an empty result of the right shape."""
    Z = np.array(Z, dtype=np.float64)  # a copy: the caller may refill its array afterwards
    if Z.ndim == 1:
        return fn(Z)
    if Z.shape[0] == 0:
        return np.zeros(Z.shape + extra_dims)
    if extra_dims:
        return np.stack([fn(row) for row in Z])
    return np.apply_along_axis(fn, -1, Z)


def softmax(Z):
    return _rowwise(_softmax_row, Z)


def log_softmax(Z):
    return _rowwise(_log_softmax_row, Z)


def softmax_jacobian(Z):
    Z = np.asarray(Z)
    return _rowwise(_jacobian_row, Z, extra_dims=(Z.shape[-1],))


def softmax_cross_entropy_grad(logits, Y):
    P = softmax(logits)
    n = P.shape[0]
    np.subtract(P, Y, out=P)
    P /= n
    return P
