"""Correct solution, style r5: closed forms chosen for accuracy (sigmoid(z) sigmoid(-z), (1 - t)(1 + t)), math.erf through np.vectorize."""

import math

import numpy as np

_SQRT2 = math.sqrt(2.0)
_C = math.sqrt(2.0 / math.pi)
_phi_cdf = np.vectorize(lambda t: 0.5 * (1.0 + math.erf(t / _SQRT2)), otypes=[np.float64])


def _f(z):
    return np.asarray(z, dtype=np.float64)


def sigmoid(z):
    # exp(-log(1 + e^-z)) never overflows: logaddexp saturates to |z|
    return np.exp(-np.logaddexp(0.0, -_f(z)))


def sigmoid_grad(z):
    z = _f(z)
    return sigmoid(z) * sigmoid(-z)


def tanh(z):
    return np.tanh(_f(z))


def tanh_grad(z):
    t = np.tanh(_f(z))
    return (1.0 - t) * (1.0 + t)


def relu(z):
    z = _f(z)
    return np.where(z > 0, z, 0.0)


def relu_grad(z):
    return (_f(z) > 0).astype(np.float64)


def leaky_relu(z, alpha=0.01):
    z = _f(z)
    return np.where(z > 0, z, alpha * z)


def leaky_relu_grad(z, alpha=0.01):
    z = _f(z)
    return np.where(z > 0, 1.0, np.full(z.shape, float(alpha)))


def identity(z):
    return np.array(z, dtype=np.float64)


def identity_grad(z):
    return np.ones(np.shape(z))


def step(z):
    return np.where(_f(z) >= 0, 1.0, 0.0)


def step_grad(z):
    return np.zeros(np.shape(z))


def prelu(z, alpha):
    z = _f(z)
    return np.where(z > 0, z, _f(alpha) * z)


def prelu_grad(z, alpha):
    z = _f(z)
    return np.where(z > 0, 1.0, _f(alpha) * np.ones_like(z))


def prelu_alpha_grad(z):
    z = _f(z)
    return np.where(z > 0, 0.0, z)


def gelu(z):
    z = _f(z)
    return z * _phi_cdf(z)


def gelu_grad(z):
    z = _f(z)
    return _phi_cdf(z) + z * np.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)


def gelu_tanh(z):
    z = _f(z)
    return 0.5 * z * (1.0 + np.tanh(_C * (z + 0.044715 * z ** 3)))


def gelu_tanh_grad(z):
    z = _f(z)
    t = np.tanh(_C * (z + 0.044715 * z ** 3))
    return 0.5 * (1.0 + t) + 0.5 * z * (1.0 - t) * (1.0 + t) * _C * (1.0 + 3 * 0.044715 * z * z)
