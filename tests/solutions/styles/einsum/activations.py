"""Activations written with einsum for every product (einsum style)."""

import numpy as np


def _f(z):
    return np.asarray(z, dtype=np.float64)


def _mul(a, b):
    return np.asarray(np.einsum("...,...->...", a, b))


def sigmoid(z):
    z = _f(z)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid_grad(z):
    s = sigmoid(z)
    return _mul(s, 1.0 - s)


def tanh(z):
    return np.tanh(_f(z))


def tanh_grad(z):
    t = np.tanh(_f(z))
    return 1.0 - _mul(t, t)


def relu(z):
    z = _f(z)
    return _mul(z, (z > 0).astype(np.float64))


def relu_grad(z):
    return (_f(z) > 0).astype(np.float64)


def leaky_relu(z, alpha=0.01):
    z = _f(z)
    return _mul(z, np.where(z > 0, 1.0, alpha))


def leaky_relu_grad(z, alpha=0.01):
    return np.where(_f(z) > 0, 1.0, float(alpha)).astype(np.float64)


def identity(z):
    return _f(z).copy()


def identity_grad(z):
    return np.ones_like(_f(z))


def step(z):
    return (_f(z) >= 0).astype(np.float64)


def step_grad(z):
    return np.zeros_like(_f(z))


def prelu(z, alpha):
    z = _f(z)
    return np.where(z > 0, z, _mul(np.broadcast_to(np.asarray(alpha, dtype=np.float64), z.shape), z))


def prelu_grad(z, alpha):
    z = _f(z)
    return np.where(z > 0, 1.0, np.broadcast_to(np.asarray(alpha, dtype=np.float64), z.shape))


def prelu_alpha_grad(z):
    z = _f(z)
    return np.where(z > 0, 0.0, z)


def _erf(x):
    import math
    return np.vectorize(math.erf, otypes=[np.float64])(x)


def gelu(z):
    z = _f(z)
    return _mul(z, 0.5 * (1.0 + _erf(z / np.sqrt(2.0))))


def gelu_grad(z):
    z = _f(z)
    return 0.5 * (1.0 + _erf(z / np.sqrt(2.0))) + _mul(z, np.exp(-0.5 * _mul(z, z)) / np.sqrt(2.0 * np.pi))


def gelu_tanh(z):
    z = _f(z)
    t = np.tanh(np.sqrt(2.0 / np.pi) * (z + 0.044715 * _mul(_mul(z, z), z)))
    return _mul(0.5 * z, 1.0 + t)


def gelu_tanh_grad(z):
    z = _f(z)
    t = np.tanh(np.sqrt(2.0 / np.pi) * (z + 0.044715 * _mul(_mul(z, z), z)))
    du = np.sqrt(2.0 / np.pi) * (1.0 + 3.0 * 0.044715 * _mul(z, z))
    return 0.5 * (1.0 + t) + _mul(_mul(0.5 * z, 1.0 - _mul(t, t)), du)
