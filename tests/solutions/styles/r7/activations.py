"""Activations, r7 style: a practising engineer's forms (np.where/np.logaddexp, explicit float64, out= buffers)."""

import math

import numpy as np

_F64 = np.float64
_SQRT2 = math.sqrt(2.0)
_C = math.sqrt(2.0 / math.pi)
_K = 0.044715
_erf = np.vectorize(math.erf, otypes=[np.float64])


def _f(z):
    """A float64 copy of z, so in-place work never touches the caller's array."""
    return np.array(z, dtype=_F64, copy=True)


def sigmoid(z):
    z = _f(z)
    # exp(-logaddexp(0, -z)) = 1/(1+e^-z); logaddexp never overflows
    return np.exp(-np.logaddexp(0.0, -z))


def sigmoid_grad(z):
    z = _f(z)
    # s(1-s) = exp(-softplus(z) - softplus(-z))
    return np.exp(-np.logaddexp(0.0, z) - np.logaddexp(0.0, -z))


def tanh(z):
    z = _f(z)
    # tanh z = 2 sigmoid(2z) - 1
    return 2.0 * np.exp(-np.logaddexp(0.0, -2.0 * z)) - 1.0


def tanh_grad(z):
    t = np.tanh(_f(z))
    out = np.square(t)
    np.subtract(1.0, out, out=out)
    return out


def relu(z):
    z = _f(z)
    np.clip(z, 0.0, None, out=z)
    return z


def relu_grad(z):
    z = _f(z)
    return np.where(z > 0, 1.0, 0.0).astype(_F64).reshape(z.shape)


def leaky_relu(z, alpha=0.01):
    z = _f(z)
    return np.where(z > 0, z, z * _F64(alpha))


def leaky_relu_grad(z, alpha=0.01):
    z = _f(z)
    g = np.full(z.shape, alpha, dtype=_F64)
    g[z > 0] = 1.0
    return g


def identity(z):
    return _f(z)


def identity_grad(z):
    return np.ones(np.shape(z), dtype=_F64)


def step(z):
    z = _f(z)
    return (z >= 0).astype(_F64)


def step_grad(z):
    return np.zeros(np.shape(z), dtype=_F64)


def prelu(z, alpha):
    z = _f(z)
    a = np.asarray(alpha, dtype=_F64)
    return np.where(z > 0, z, a * z)


def prelu_grad(z, alpha):
    z = _f(z)
    a = np.broadcast_to(np.asarray(alpha, dtype=_F64), z.shape)
    return np.where(z > 0, 1.0, a)


def prelu_alpha_grad(z):
    z = _f(z)
    z[z > 0] = 0.0
    return z


def _phi_cdf(z):
    return 0.5 * (1.0 + _erf(z / _SQRT2))


def gelu(z):
    z = _f(z)
    return z * _phi_cdf(z)


def gelu_grad(z):
    z = _f(z)
    pdf = np.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)
    return _phi_cdf(z) + z * pdf


def _u(z):
    return _C * (z + _K * z ** 3)


def gelu_tanh(z):
    z = _f(z)
    return 0.5 * z * (1.0 + np.tanh(_u(z)))


def gelu_tanh_grad(z):
    z = _f(z)
    t = np.tanh(_u(z))
    return 0.5 * (1.0 + t) + 0.5 * z * (1.0 - t * t) * _C * (1.0 + 3.0 * _K * z * z)
