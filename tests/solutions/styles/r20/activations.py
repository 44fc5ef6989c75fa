"""Activations as Simon Prince's 'Understanding Deep Learning' notebooks write them: ReLU through clip(0.0),
its derivative as the indicator function I[z > 0], preactivations f and activations h."""

import math

import numpy as np


def _indicator(condition):
    # Prince's indicator function I[.]: 1.0 where the condition holds, 0.0 elsewhere
    return np.where(condition, 1.0, 0.0)


def _float(preactivation):
    f = np.asarray(preactivation)
    return f if f.dtype in (np.float32, np.float64) else f.astype(np.float64)


def sigmoid(z):
    f = _float(z)
    # exp of -|f| only: 1/(1+e^-f) for f >= 0, e^f/(1+e^f) for f < 0
    e = np.exp(-np.abs(f))
    return np.where(f >= 0, 1.0 / (1.0 + e), e / (1.0 + e)).astype(f.dtype)


def sigmoid_grad(z):
    h = sigmoid(z)
    return h * (1.0 - h)


def tanh(z):
    return np.tanh(_float(z))


def tanh_grad(z):
    h = np.tanh(_float(z))
    return 1.0 - h ** 2


def relu(z):
    f = _float(z)
    return f.clip(0.0).astype(f.dtype)


def relu_grad(z):
    f = _float(z)
    return _indicator(f > 0).astype(f.dtype)


def leaky_relu(z, alpha=0.01):
    f = _float(z)
    return _indicator(f > 0) * f + alpha * _indicator(f <= 0) * f


def leaky_relu_grad(z, alpha=0.01):
    f = _float(z)
    return _indicator(f > 0) + alpha * _indicator(f <= 0)


def identity(z):
    return _float(z).copy()


def identity_grad(z):
    return np.ones_like(_float(z))


def step(z):
    f = _float(z)
    return _indicator(f >= 0).astype(f.dtype)


def step_grad(z):
    return np.zeros_like(_float(z))


def prelu(z, alpha):
    f = _float(z)
    return _indicator(f > 0) * f + np.asarray(alpha) * _indicator(f <= 0) * f


def prelu_grad(z, alpha):
    f = _float(z)
    return _indicator(f > 0) + np.asarray(alpha) * _indicator(f <= 0)


def prelu_alpha_grad(z):
    f = _float(z)
    return _indicator(f <= 0) * f


_erf = np.vectorize(math.erf, otypes=[np.float64])


def _Phi(f):
    return 0.5 * (1.0 + _erf(f / math.sqrt(2.0)))


def gelu(z):
    f = _float(z)
    return f * _Phi(f)


def gelu_grad(z):
    f = _float(z)
    phi = np.exp(-0.5 * f ** 2) / math.sqrt(2.0 * math.pi)
    return _Phi(f) + f * phi


def _u(f):
    return math.sqrt(2.0 / math.pi) * (f + 0.044715 * f ** 3)


def gelu_tanh(z):
    f = _float(z)
    return 0.5 * f * (1.0 + np.tanh(_u(f)))


def gelu_tanh_grad(z):
    f = _float(z)
    t = np.tanh(_u(f))
    return 0.5 * (1.0 + t) + 0.5 * f * (1.0 - t ** 2) * math.sqrt(2.0 / math.pi) * (1.0 + 3 * 0.044715 * f ** 2)
