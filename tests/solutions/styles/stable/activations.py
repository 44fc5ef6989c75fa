"""Activations through other stable identities: tanh-based sigmoid, logaddexp (stable style)."""

import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    # sigmoid(z) = (1 + tanh(z/2)) / 2: tanh saturates at +-1 instead of overflowing
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def sigmoid_grad(z):
    z = np.asarray(z, dtype=np.float64)
    # sigmoid(z) * sigmoid(-z) = exp(-softplus(-z) - softplus(z))
    return np.exp(-np.logaddexp(0.0, -z) - np.logaddexp(0.0, z))


def tanh(z):
    z = np.asarray(z, dtype=np.float64)
    # tanh z = -expm1(-2|z|) / (1 + exp(-2|z|)) with the sign of z
    e = np.exp(-2.0 * np.abs(z))
    return np.sign(z) * (-np.expm1(-2.0 * np.abs(z))) / (1.0 + e)


def tanh_grad(z):
    t = np.tanh(np.asarray(z, dtype=np.float64))
    return (1.0 - t) * (1.0 + t)


def relu(z):
    z = np.asarray(z, dtype=np.float64)
    return 0.5 * (z + np.abs(z))


def relu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return np.heaviside(z, 0.0)


def leaky_relu(z, alpha=0.01):
    z = np.asarray(z, dtype=np.float64)
    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)


def leaky_relu_grad(z, alpha=0.01):
    z = np.asarray(z, dtype=np.float64)
    return alpha + (1.0 - alpha) * np.heaviside(z, 0.0)


def identity(z):
    return np.array(z, dtype=np.float64)


def identity_grad(z):
    return np.full(np.shape(z), 1.0)


def step(z):
    # the step is sign(z) mapped to {0, 1}, with 0 counted as positive
    return np.heaviside(np.asarray(z, dtype=np.float64), 1.0)


def step_grad(z):
    return np.zeros(np.shape(z))


def prelu(z, alpha):
    z = np.asarray(z, dtype=np.float64)
    # max(z, 0) + alpha min(z, 0): no branch, right for any slope
    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)


def prelu_grad(z, alpha):
    z = np.asarray(z, dtype=np.float64)
    positive = (z > 0).astype(np.float64)
    return positive + alpha * (1.0 - positive)


def prelu_alpha_grad(z):
    return np.minimum(np.asarray(z, dtype=np.float64), 0.0)


def _cdf(z):
    import math
    # Phi(z) = erfc(-z / sqrt 2) / 2: no cancellation in the far left tail
    return 0.5 * np.vectorize(math.erfc, otypes=[np.float64])(-z / np.sqrt(2.0))


def gelu(z):
    z = np.asarray(z, dtype=np.float64)
    return z * _cdf(z)


def gelu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    with np.errstate(under="ignore"):
        return _cdf(z) + z * np.exp(-0.5 * z * z) / np.sqrt(2.0 * np.pi)


def gelu_tanh(z):
    z = np.asarray(z, dtype=np.float64)
    u = np.sqrt(2.0 / np.pi) * (z + 0.044715 * z**3)
    # (1 + tanh u) / 2 = sigmoid(2u)
    return z * sigmoid(2.0 * u)


def gelu_tanh_grad(z):
    z = np.asarray(z, dtype=np.float64)
    u = np.sqrt(2.0 / np.pi) * (z + 0.044715 * z**3)
    s = sigmoid(2.0 * u)
    return s + z * 2.0 * s * (1.0 - s) * np.sqrt(2.0 / np.pi) * (1.0 + 3.0 * 0.044715 * z**2)
