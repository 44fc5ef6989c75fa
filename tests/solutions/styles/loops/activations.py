"""Activations built by filling masked regions of an output array (loops style)."""

import numpy as np


def _f(z):
    return np.array(z, dtype=np.float64, copy=True)


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    out = np.empty_like(z)
    pos = z >= 0
    neg = ~pos
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[neg])
    out[neg] = ez / (1.0 + ez)
    return out


def sigmoid_grad(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def tanh(z):
    return np.tanh(np.asarray(z, dtype=np.float64))


def tanh_grad(z):
    t = tanh(z)
    return 1.0 - t ** 2


def relu(z):
    out = _f(z)
    out[out < 0] = 0.0
    return out


def relu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    out = np.zeros_like(z)
    out[z > 0] = 1.0
    return out


def leaky_relu(z, alpha=0.01):
    out = _f(z)
    neg = out <= 0
    out[neg] = alpha * out[neg]
    return out


def leaky_relu_grad(z, alpha=0.01):
    z = np.asarray(z, dtype=np.float64)
    out = np.full_like(z, alpha)
    out[z > 0] = 1.0
    return out


def identity(z):
    return _f(z)


def identity_grad(z):
    out = _f(z)
    out[...] = 1.0
    return out


def step(z):
    z = np.asarray(z, dtype=np.float64)
    out = np.zeros_like(z)
    out[z >= 0] = 1.0
    return out


def step_grad(z):
    out = _f(z)
    out[...] = 0.0
    return out


def prelu(z, alpha):
    z = np.asarray(z, dtype=np.float64)
    out = np.broadcast_to(np.asarray(alpha, dtype=np.float64), z.shape) * z
    positive = z > 0
    out[positive] = z[positive]
    return out


def prelu_grad(z, alpha):
    z = np.asarray(z, dtype=np.float64)
    out = np.array(np.broadcast_to(np.asarray(alpha, dtype=np.float64), z.shape))
    out[z > 0] = 1.0
    return out


def prelu_alpha_grad(z):
    out = _f(z)
    out[out > 0] = 0.0
    return out


def _phi(z):
    import math
    out = np.empty_like(z)
    for index, value in np.ndenumerate(z):
        out[index] = 0.5 * (1.0 + math.erf(value / math.sqrt(2.0)))
    return out


def gelu(z):
    z = np.asarray(z, dtype=np.float64)
    return z * _phi(z)


def gelu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return _phi(z) + z * np.exp(-z * z / 2) / np.sqrt(2 * np.pi)


def gelu_tanh(z):
    z = np.asarray(z, dtype=np.float64)
    return 0.5 * z * (1 + np.tanh(np.sqrt(2 / np.pi) * (z + 0.044715 * z**3)))


def gelu_tanh_grad(z):
    z = np.asarray(z, dtype=np.float64)
    t = np.tanh(np.sqrt(2 / np.pi) * (z + 0.044715 * z**3))
    return 0.5 * (1 + t) + 0.5 * z * (1 - t**2) * np.sqrt(2 / np.pi) * (1 + 0.134145 * z**2)
