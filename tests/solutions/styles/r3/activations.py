"""Correct solution of exercises/activations.py, functional style: log-space sigmoid, np.piecewise, erfc, sigmoid-form GELU."""

import math

import numpy as np

_erfc = np.vectorize(math.erfc, otypes=[np.float64])


def _f(z):
    return np.asarray(z, dtype=np.float64)


def _log_sigmoid(z):
    """log sigmoid(z) = -log(1 + e^-z), exact for every z (logaddexp never overflows)."""
    return -np.logaddexp(0.0, -_f(z))


def sigmoid(z):
    return np.exp(_log_sigmoid(z))


def sigmoid_grad(z):
    # sigmoid(z) * sigmoid(-z), multiplied in log space
    return np.exp(_log_sigmoid(z) + _log_sigmoid(-_f(z)))


def tanh(z):
    return np.tanh(_f(z))


def tanh_grad(z):
    t = np.tanh(_f(z))
    return (1.0 - t) * (1.0 + t)


def relu(z):
    return np.clip(_f(z), 0.0, None)


def relu_grad(z):
    return np.heaviside(_f(z), 0.0)


def _two_sided(z, left, right):
    z = _f(z)
    return np.piecewise(z, [z > 0], [right, left])


def leaky_relu(z, alpha=0.01):
    return _two_sided(z, lambda x: alpha * x, lambda x: x)


def leaky_relu_grad(z, alpha=0.01):
    return _two_sided(z, lambda x: np.full_like(x, alpha), lambda x: np.ones_like(x))


def identity(z):
    return _f(z).copy()


def identity_grad(z):
    return np.ones(np.shape(z), dtype=np.float64)


def step(z):
    return np.heaviside(_f(z), 1.0)


def step_grad(z):
    return np.zeros(np.shape(z), dtype=np.float64)


def prelu(z, alpha):
    z = _f(z)
    return np.where(z > 0, z, np.multiply(alpha, z))


def prelu_grad(z, alpha):
    z = _f(z)
    return np.where(z > 0, 1.0, np.broadcast_to(np.asarray(alpha, dtype=np.float64), z.shape))


def prelu_alpha_grad(z):
    return np.minimum(_f(z), 0.0)


def _Phi(z):
    # Phi(z) = erfc(-z / sqrt 2) / 2: no cancellation in the left tail
    return 0.5 * _erfc(-z / math.sqrt(2.0))


def gelu(z):
    z = _f(z)
    return z * _Phi(z)


def gelu_grad(z):
    z = _f(z)
    return _Phi(z) + z * np.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)


def _u(z):
    return math.sqrt(2.0 / math.pi) * (z + 0.044715 * z ** 3)


def gelu_tanh(z):
    # (1 + tanh u) / 2 = sigmoid(2u)
    z = _f(z)
    return z * sigmoid(2.0 * _u(z))


def gelu_tanh_grad(z):
    # with s = sigmoid(2u): (1 + tanh u) / 2 = s and 1 - tanh^2 u = 4 s (1 - s)
    z = _f(z)
    s = sigmoid(2.0 * _u(z))
    return s + 2.0 * z * s * (1.0 - s) * math.sqrt(2.0 / math.pi) * (1.0 + 3 * 0.044715 * z * z)
