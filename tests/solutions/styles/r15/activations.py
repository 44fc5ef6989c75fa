"""Activations, written like a PyTorch-first student: each activation is a small
Module-like object with forward/backward, and the graded functions call them.
The sigmoid family goes through softplus (np.logaddexp), which never overflows."""

import math

import numpy as np

_SQRT2 = math.sqrt(2.0)
_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)
_C = math.sqrt(2.0 / math.pi)
_K = 0.044715


class _Sigmoid:
    @staticmethod
    def forward(z):
        # sigmoid(z) = exp(-softplus(-z))
        return np.exp(-np.logaddexp(0.0, -z))

    @staticmethod
    def backward(z):
        # s (1 - s) = exp(-softplus(z) - softplus(-z))
        return np.exp(-np.logaddexp(0.0, z) - np.logaddexp(0.0, -z))


class _Tanh:
    # tanh z = 2 sigmoid(2 z) - 1, 1 - tanh^2 = 4 s (1 - s) at 2 z
    @staticmethod
    def forward(z):
        return np.tanh(z)

    @staticmethod
    def backward(z):
        return 4.0 * _Sigmoid.backward(2.0 * np.asarray(z))


_erfc = np.vectorize(math.erfc, otypes=[np.float64])


def _Phi(z):
    return 0.5 * _erfc(-np.asarray(z, dtype=np.float64) / _SQRT2)


def sigmoid(z):
    return _Sigmoid.forward(np.asarray(z))


def sigmoid_grad(z):
    return _Sigmoid.backward(np.asarray(z))


def tanh(z):
    return _Tanh.forward(np.asarray(z))


def tanh_grad(z):
    return _Tanh.backward(np.asarray(z))


def relu(z):
    z = np.asarray(z)
    z = z if z.dtype.kind == "f" else z.astype(np.float64)
    return np.where(z > 0, z, np.zeros_like(z))


def relu_grad(z):
    # Ng's course takes the activation: relu(z) > 0 exactly where z > 0
    return (relu(z) > 0).astype(np.float64)


def leaky_relu(z, alpha=0.01):
    z = np.asarray(z)
    return np.where(z > 0, z, alpha * z)


def leaky_relu_grad(z, alpha=0.01):
    z = np.asarray(z)
    out = np.full(z.shape, float(alpha))
    out[z > 0] = 1.0
    return out


def identity(z):
    return np.array(z, dtype=np.float64, copy=True)


def identity_grad(z):
    return np.ones(np.shape(z))


def step(z):
    return np.greater_equal(z, 0).astype(np.float64)


def step_grad(z):
    return np.zeros(np.shape(z))


def prelu(z, alpha):
    z = np.asarray(z)
    return np.where(z > 0, z, np.multiply(alpha, z))


def prelu_grad(z, alpha):
    z = np.asarray(z)
    return np.where(z > 0, 1.0, np.broadcast_to(np.asarray(alpha, dtype=np.float64), z.shape))


def prelu_alpha_grad(z):
    z = np.asarray(z)
    return np.where(z > 0, 0.0, z).astype(np.float64)


def gelu(z):
    z = np.asarray(z, dtype=np.float64)
    return z * _Phi(z)


def gelu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return _Phi(z) + z * (_INV_SQRT_2PI * np.exp(-0.5 * z * z))


def _u(z):
    return _C * (z + _K * z ** 3)


def gelu_tanh(z):
    # (1 + tanh u) / 2 = sigmoid(2u)
    z = np.asarray(z, dtype=np.float64)
    return z * _Sigmoid.forward(2.0 * _u(z))


def gelu_tanh_grad(z):
    z = np.asarray(z, dtype=np.float64)
    u2 = 2.0 * _u(z)
    half_one_minus_t2 = 2.0 * _Sigmoid.backward(u2)  # (1 - tanh^2 u) / 2
    return _Sigmoid.forward(u2) + z * half_one_minus_t2 * _C * (1.0 + 3.0 * _K * z * z)
