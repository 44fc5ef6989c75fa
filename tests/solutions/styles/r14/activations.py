"""Activations written through a few exact identities (r14 style).

sigmoid goes through log-add-exp (exp(-log(1 + e^-z)) never overflows), tanh's
derivative through sigmoid (1 - tanh^2 z = 4 s(2z) s(-2z)), GELU's Phi through
a vectorised math.erf.
"""

import math

import numpy as np

_SQRT_2_OVER_PI = math.sqrt(2.0 / math.pi)
_erf = np.vectorize(math.erf, otypes=[np.float64])


def _f(z):
    """A float array (float32 kept, everything else float64)."""
    z = np.asarray(z)
    return z if z.dtype in (np.float32, np.float64) else z.astype(np.float64)


def sigmoid(z):
    z = _f(z)
    return np.exp(-np.logaddexp(0.0, -z)).astype(z.dtype, copy=False)


def sigmoid_grad(z):
    z = _f(z)
    # s(z) (1 - s(z)) = s(z) s(-z), with no cancellation in 1 - s
    return sigmoid(z) * sigmoid(-z)


def tanh(z):
    return np.tanh(_f(z))


def tanh_grad(z):
    z = _f(z)
    return 4.0 * sigmoid(2 * z) * sigmoid(-2 * z)


def relu(z):
    z = _f(z)
    out = np.zeros_like(z)
    np.copyto(out, z, where=z > 0)
    return out


def relu_grad(z):
    z = _f(z)
    return np.heaviside(z, 0.0).astype(z.dtype, copy=False)


def leaky_relu(z, alpha=0.01):
    z = _f(z)
    return z * np.where(z > 0, 1.0, alpha).astype(z.dtype, copy=False)


def leaky_relu_grad(z, alpha=0.01):
    z = _f(z)
    return np.where(z > 0, 1.0, alpha).astype(z.dtype, copy=False)


def identity(z):
    return _f(z).copy()


def identity_grad(z):
    return np.ones_like(_f(z))


def step(z):
    z = _f(z)
    return np.greater_equal(z, 0).astype(z.dtype)


def step_grad(z):
    return np.zeros_like(_f(z))


def prelu(z, alpha):
    z = _f(z)
    return np.where(z > 0, z, np.multiply(alpha, z))


def prelu_grad(z, alpha):
    z = _f(z)
    return np.array(np.broadcast_to(np.where(z > 0, 1.0, alpha), z.shape), dtype=np.float64)


def prelu_alpha_grad(z):
    # 0 for z > 0, z otherwise: the same as min(z, 0)
    return np.minimum(_f(z), 0.0)


def gelu(z):
    z = _f(z)
    return 0.5 * z * (1.0 + _erf(z / math.sqrt(2.0)))


def gelu_grad(z):
    z = _f(z)
    Phi = 0.5 * (1.0 + _erf(z / math.sqrt(2.0)))
    phi = np.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)
    return Phi + z * phi


def gelu_tanh(z):
    z = _f(z)
    u = _SQRT_2_OVER_PI * (z + 0.044715 * z ** 3)
    return 0.5 * z * (1.0 + np.tanh(u))


def gelu_tanh_grad(z):
    z = _f(z)
    u = _SQRT_2_OVER_PI * (z + 0.044715 * z ** 3)
    t = np.tanh(u)
    return 0.5 * (1.0 + t) + 0.5 * z * (1.0 - t * t) * _SQRT_2_OVER_PI * (1.0 + 3 * 0.044715 * z * z)
