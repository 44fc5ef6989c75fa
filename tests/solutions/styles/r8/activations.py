"""Activations, r8 style: code lifted from another course (a tiny Module-like class, math for scalars, np.frompyfunc)."""

import math

import numpy as np

_SQRT_2_OVER_PI = math.sqrt(2.0 / math.pi)
_COEF = 0.044715
_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)


def _tensor(z):
    """A fresh float64 array: what torch.as_tensor(z, dtype=float64).clone() would give."""
    return np.array(z, dtype=np.float64, copy=True)


def _scalar_sigmoid(x):
    # the classic branch: never exp of a large positive number
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


_ufunc_sigmoid = np.frompyfunc(_scalar_sigmoid, 1, 1)
_ufunc_erf = np.frompyfunc(math.erf, 1, 1)


def _apply(ufunc, z):
    """Apply a frompyfunc ufunc and cast its object result back to float64 (empty arrays too)."""
    return np.asarray(ufunc(z), dtype=np.float64).reshape(np.shape(z))


class _Piecewise:
    """A linear-below-zero activation: slope 1 above 0, `neg` below (relu, leaky relu, prelu)."""

    def __init__(self, neg):
        self.neg = neg

    def forward(self, z):
        z = _tensor(z)
        return np.where(z > 0, z, self.neg * z)

    def backward(self, z):
        z = _tensor(z)
        return np.where(z > 0, 1.0, self.neg * np.ones_like(z))


def sigmoid(z):
    return _apply(_ufunc_sigmoid, _tensor(z))


def sigmoid_grad(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def tanh(z):
    out = _tensor(z)
    np.tanh(out, out=out)
    return out


def tanh_grad(z):
    t = tanh(z)
    np.square(t, out=t)
    np.subtract(1.0, t, out=t)
    return t


def relu(z):
    return _Piecewise(0.0).forward(z)


def relu_grad(z):
    return _Piecewise(0.0).backward(z)


def leaky_relu(z, alpha=0.01):
    return _Piecewise(alpha).forward(z)


def leaky_relu_grad(z, alpha=0.01):
    return _Piecewise(alpha).backward(z)


def identity(z):
    return _tensor(z)


def identity_grad(z):
    out = _tensor(z)
    out.fill(1.0)
    return out


def step(z):
    z = _tensor(z)
    return np.greater_equal(z, 0).astype(np.float64)


def step_grad(z):
    return np.zeros_like(_tensor(z))


def prelu(z, alpha):
    return _Piecewise(np.asarray(alpha, dtype=np.float64)).forward(z)


def prelu_grad(z, alpha):
    return _Piecewise(np.asarray(alpha, dtype=np.float64)).backward(z)


def prelu_alpha_grad(z):
    z = _tensor(z)
    return np.where(z > 0, 0.0, z)


def _phi_cdf(z):
    return 0.5 * (1.0 + _apply(_ufunc_erf, z / math.sqrt(2.0)))


def gelu(z):
    z = _tensor(z)
    return z * _phi_cdf(z)


def gelu_grad(z):
    z = _tensor(z)
    pdf = _INV_SQRT_2PI * np.exp(-0.5 * z * z)
    return _phi_cdf(z) + z * pdf


def _u(z):
    return _SQRT_2_OVER_PI * (z + _COEF * z ** 3)


def gelu_tanh(z):
    z = _tensor(z)
    return 0.5 * z * (1.0 + np.tanh(_u(z)))


def gelu_tanh_grad(z):
    z = _tensor(z)
    t = np.tanh(_u(z))
    return 0.5 * (1.0 + t) + 0.5 * z * (1.0 - t * t) * _SQRT_2_OVER_PI * (1.0 + 3.0 * _COEF * z * z)
