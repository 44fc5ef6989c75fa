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


_SQRT2 = np.sqrt(2.0)
_SQRT_2_PI = np.sqrt(2.0 / np.pi)
_CUBIC = 0.044715


def _by_sign(z, positive, other):
    z = _as_float(z)
    return np.where(z > 0, positive, other)


def identity(z):
    return _as_float(z).copy()


def identity_grad(z):
    return np.ones_like(_as_float(z))


def step(z):
    return (_as_float(z) >= 0).astype(_DTYPE)


def step_grad(z):
    return np.zeros_like(_as_float(z))


def prelu(z, alpha):
    z = _as_float(z)
    return _by_sign(z, z, alpha * z)


def prelu_grad(z, alpha):
    z = _as_float(z)
    return _by_sign(z, 1.0, alpha * np.ones_like(z))


def prelu_alpha_grad(z):
    z = _as_float(z)
    return _by_sign(z, 0.0, z)


def _normal_cdf(z):
    import math
    return 0.5 * (1.0 + np.vectorize(math.erf, otypes=[_DTYPE])(z / _SQRT2))


def _normal_pdf(z):
    return np.exp(-0.5 * z * z) / np.sqrt(2.0 * np.pi)


def gelu(z):
    z = _as_float(z)
    return z * _normal_cdf(z)


def gelu_grad(z):
    z = _as_float(z)
    return _normal_cdf(z) + z * _normal_pdf(z)


def _tanh_u(z):
    return np.tanh(_SQRT_2_PI * (z + _CUBIC * z**3))


def gelu_tanh(z):
    z = _as_float(z)
    return 0.5 * z * (1.0 + _tanh_u(z))


def gelu_tanh_grad(z):
    z = _as_float(z)
    t = _tanh_u(z)
    return 0.5 * (1.0 + t) + 0.5 * z * (1.0 - t * t) * _SQRT_2_PI * (1.0 + 3.0 * _CUBIC * z**2)
