"""Correct solution of exercises/activations.py, r4 style: one small class per activation with forward/backward, wrapped by the API functions."""

import math

import numpy as np


def _f64(z):
    return np.asarray(z, dtype=np.float64)


class Sigmoid:
    """Stable logistic: exp of -|z| only, so +-1000 neither overflows nor warns."""

    @staticmethod
    def forward(z):
        z = _f64(z)
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))

    @classmethod
    def backward(cls, z):
        s = cls.forward(z)
        return s * (1.0 - s)


class Tanh:
    @staticmethod
    def forward(z):
        return np.tanh(_f64(z))

    @staticmethod
    def backward(z):
        return 1.0 - np.tanh(_f64(z)) ** 2


class Leaky:
    """ReLU (slope 0), Leaky ReLU and PReLU share one rule: z for z > 0, slope * z otherwise."""

    @staticmethod
    def forward(z, slope):
        z = _f64(z)
        return np.where(z > 0, z, np.asarray(slope, dtype=np.float64) * z)

    @staticmethod
    def backward(z, slope):
        z = _f64(z)
        return np.where(z > 0, 1.0, np.broadcast_to(np.asarray(slope, dtype=np.float64), z.shape))


_erf = np.vectorize(math.erf, otypes=[np.float64])
_SQRT_2_OVER_PI = math.sqrt(2.0 / math.pi)


class Gelu:
    @staticmethod
    def forward(z):
        z = _f64(z)
        return 0.5 * z * (1.0 + _erf(z / math.sqrt(2.0)))

    @staticmethod
    def backward(z):
        z = _f64(z)
        cdf = 0.5 * (1.0 + _erf(z / math.sqrt(2.0)))
        pdf = np.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)
        return cdf + z * pdf


class GeluTanh:
    @staticmethod
    def _t(z):
        return np.tanh(_SQRT_2_OVER_PI * (z + 0.044715 * z ** 3))

    @classmethod
    def forward(cls, z):
        z = _f64(z)
        return 0.5 * z * (1.0 + cls._t(z))

    @classmethod
    def backward(cls, z):
        z = _f64(z)
        t = cls._t(z)
        return 0.5 * (1.0 + t) + 0.5 * z * (1.0 - t * t) * _SQRT_2_OVER_PI * (1.0 + 3 * 0.044715 * z * z)


def sigmoid(z):
    return Sigmoid.forward(z)


def sigmoid_grad(z):
    return Sigmoid.backward(z)


def tanh(z):
    return Tanh.forward(z)


def tanh_grad(z):
    return Tanh.backward(z)


def relu(z):
    return Leaky.forward(z, 0.0)


def relu_grad(z):
    return Leaky.backward(z, 0.0)


def leaky_relu(z, alpha=0.01):
    return Leaky.forward(z, alpha)


def leaky_relu_grad(z, alpha=0.01):
    return Leaky.backward(z, alpha)


def identity(z):
    return np.array(z, dtype=np.float64)


def identity_grad(z):
    return np.ones(np.shape(z))


def step(z):
    return np.where(_f64(z) >= 0, 1.0, 0.0)


def step_grad(z):
    return np.zeros(np.shape(z))


def prelu(z, alpha):
    return Leaky.forward(z, alpha)


def prelu_grad(z, alpha):
    return Leaky.backward(z, alpha)


def prelu_alpha_grad(z):
    z = _f64(z)
    return np.where(z > 0, 0.0, z)


def gelu(z):
    return Gelu.forward(z)


def gelu_grad(z):
    return Gelu.backward(z)


def gelu_tanh(z):
    return GeluTanh.forward(z)


def gelu_tanh_grad(z):
    return GeluTanh.backward(z)
