"""Activations built from private helpers and module constants (helpers style)."""

import numpy as np

_DTYPE = np.float64


def _as_float(z):
    return np.asarray(z, dtype=_DTYPE)


def _exp_neg_abs(z):
    """exp(-|z|): in (0, 1], never overflows."""
    return np.exp(-np.abs(z))


def _positive(z):
    return z > 0


def _logistic(z):
    e = _exp_neg_abs(z)
    return np.where(z >= 0, 1.0, e) / (1.0 + e)


def sigmoid(z):
    return _logistic(_as_float(z))


def sigmoid_grad(z):
    z = _as_float(z)
    e = _exp_neg_abs(z)
    # s (1 - s) = e / (1 + e)^2, the same on both sides of 0
    return e / (1.0 + e) ** 2


def tanh(z):
    return np.tanh(_as_float(z))


def tanh_grad(z):
    return 1.0 - np.square(tanh(z))


def relu(z):
    z = _as_float(z)
    return z * _positive(z)


def relu_grad(z):
    return _positive(_as_float(z)).astype(_DTYPE)


def _slope(z, alpha):
    return np.where(_positive(z), 1.0, alpha).astype(_DTYPE)


def leaky_relu(z, alpha=0.01):
    z = _as_float(z)
    return z * _slope(z, alpha)


def leaky_relu_grad(z, alpha=0.01):
    return _slope(_as_float(z), alpha)
