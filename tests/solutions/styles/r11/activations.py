"""A correct student solution of exercises/activations.py, written through log-sum-exp and expm1 forms."""

import math

import numpy as np

_C = math.sqrt(2.0 / math.pi)
_A = 0.044715


def _f(z):
    return np.array(z, dtype=np.float64)


def _softplus(z):
    # log(1 + e^z) without overflow
    return np.logaddexp(0.0, z)


def sigmoid(z):
    z = _f(z)
    return np.exp(-_softplus(-z))


def sigmoid_grad(z):
    # s(z)(1 - s(z)) = s(z) s(-z) = exp(-softplus(-z) - softplus(z))
    z = _f(z)
    return np.exp(-(_softplus(z) + _softplus(-z)))


def tanh(z):
    z = _f(z)
    m = np.expm1(-2.0 * np.abs(z))
    return np.copysign(-m / (2.0 + m), z)


def tanh_grad(z):
    # sech^2 z = 4 s(2z) s(-2z)
    return 4.0 * sigmoid_grad(2.0 * _f(z))


def relu(z):
    z = _f(z)
    return (z + np.abs(z)) / 2.0


def relu_grad(z):
    return np.heaviside(_f(z), 0.0)


def leaky_relu(z, alpha=0.01):
    z = _f(z)
    return relu(z) - alpha * relu(-z)


def leaky_relu_grad(z, alpha=0.01):
    z = _f(z)
    out = np.full(z.shape, float(alpha))
    out[z > 0] = 1.0
    return out


def identity(z):
    return _f(z)


def identity_grad(z):
    return np.ones(np.shape(z), dtype=np.float64)


def step(z):
    return np.heaviside(_f(z), 1.0)


def step_grad(z):
    return np.zeros(np.shape(z), dtype=np.float64)


def prelu(z, alpha):
    z = _f(z)
    return np.maximum(z, 0.0) + _f(alpha) * np.minimum(z, 0.0)


def prelu_grad(z, alpha):
    z = _f(z)
    pos = (z > 0).astype(np.float64)
    return pos + _f(alpha) * (1.0 - pos)


def prelu_alpha_grad(z):
    return np.minimum(_f(z), 0.0)


_erfc = np.vectorize(math.erfc, otypes=[np.float64])


def _Phi(z):
    # erfc keeps the left tail's relative precision
    return 0.5 * _erfc(-z / math.sqrt(2.0))


def gelu(z):
    z = _f(z)
    return z * _Phi(z)


def gelu_grad(z):
    z = _f(z)
    return _Phi(z) + z * np.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)


def _u(z):
    return _C * (z + _A * z ** 3)


def gelu_tanh(z):
    # (1 + tanh u) / 2 = sigmoid(2u)
    z = _f(z)
    return z * sigmoid(2.0 * _u(z))


def gelu_tanh_grad(z):
    z = _f(z)
    u2 = 2.0 * _u(z)
    # (1 - tanh^2 u) / 2 = 2 s(2u) s(-2u)
    return sigmoid(u2) + z * 2.0 * sigmoid_grad(u2) * _C * (1.0 + 3.0 * _A * z * z)
