"""Activations in a Keras/TF-backend flavour: one float64 coercion, softplus-based
sigmoid (log-sum-exp is stable for any z), np.piecewise for the kinked ones."""

import math

import numpy as np

_SQRT_2_OVER_PI = math.sqrt(2.0 / math.pi)
_GELU_C = 0.044715
_erf = np.vectorize(math.erf, otypes=[np.float64])


def _cast(z):
    # A fresh float64 array: never hands the caller's array back.
    return np.array(z, dtype=np.float64)


def _softplus(x):
    return np.logaddexp(0.0, x)


def sigmoid(z):
    x = _cast(z)
    return np.exp(-_softplus(-x))


def sigmoid_grad(z):
    x = _cast(z)
    # log s + log(1 - s) = -softplus(-z) - softplus(z): no 1 - s cancellation.
    return np.exp(-_softplus(-x) - _softplus(x))


def tanh(z):
    return np.tanh(_cast(z))


def tanh_grad(z):
    t = np.tanh(_cast(z))
    out = np.ones_like(t)
    out -= t * t
    return out


def relu(z):
    x = _cast(z)
    return np.piecewise(x, [x > 0], [lambda v: v, 0.0])


def relu_grad(z):
    x = _cast(z)
    return np.piecewise(x, [x > 0], [1.0, 0.0])


def leaky_relu(z, alpha=0.01):
    x = _cast(z)
    return np.piecewise(x, [x > 0], [lambda v: v, lambda v: alpha * v])


def leaky_relu_grad(z, alpha=0.01):
    x = _cast(z)
    return np.piecewise(x, [x > 0], [1.0, float(alpha)])


def identity(z):
    return _cast(z)


def identity_grad(z):
    return np.ones_like(_cast(z))


def step(z):
    x = _cast(z)
    return np.greater_equal(x, 0.0).astype(np.float64)


def step_grad(z):
    return np.zeros_like(_cast(z))


def prelu(z, alpha):
    x = _cast(z)
    a = np.broadcast_to(np.asarray(alpha, dtype=np.float64), x.shape)
    return np.where(x > 0, x, a * x)


def prelu_grad(z, alpha):
    x = _cast(z)
    a = np.broadcast_to(np.asarray(alpha, dtype=np.float64), x.shape)
    return np.where(x > 0, 1.0, a)


def prelu_alpha_grad(z):
    x = _cast(z)
    return np.where(x > 0, 0.0, x)


def gelu(z):
    x = _cast(z)
    return 0.5 * x * (1.0 + _erf(x / math.sqrt(2.0)))


def gelu_grad(z):
    x = _cast(z)
    cdf = 0.5 * (1.0 + _erf(x * (1.0 / math.sqrt(2.0))))
    pdf = np.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi)
    return cdf + x * pdf


def _gelu_u(x):
    return _SQRT_2_OVER_PI * (x + _GELU_C * x ** 3)


def gelu_tanh(z):
    x = _cast(z)
    return 0.5 * x * (1.0 + np.tanh(_gelu_u(x)))


def gelu_tanh_grad(z):
    x = _cast(z)
    t = np.tanh(_gelu_u(x))
    du = _SQRT_2_OVER_PI * (1.0 + 3.0 * _GELU_C * x * x)
    return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * du
