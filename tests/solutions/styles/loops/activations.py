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
