"""Activations, written by a C-trained student: constants as macros, preallocated outputs, ufuncs with out=."""

import math

import numpy as np

SQRT_2 = 1.4142135623730951          # #define M_SQRT2
SQRT_2_OVER_PI = 0.7978845608028654  # sqrt(2 / pi)
INV_SQRT_2PI = 0.3989422804014327    # 1 / sqrt(2 pi)
GELU_C = 0.044715

_erf = np.vectorize(math.erf, otypes=[np.float64])


def _in(z):
    return np.asarray(z, dtype=np.float64)


def sigmoid(z):
    z = _in(z)
    t = np.empty_like(z)
    out = np.empty_like(z)
    np.abs(z, out=t)
    np.negative(t, out=t)
    np.exp(t, out=t)                 # t = exp(-|z|) <= 1, never overflows
    pos = z >= 0
    np.divide(1.0, 1.0 + t, out=out, where=pos)
    np.divide(t, 1.0 + t, out=out, where=~pos)
    return out


def sigmoid_grad(z):
    s = sigmoid(z)
    out = np.empty_like(s)
    np.subtract(1.0, s, out=out)
    out *= s
    return out


def tanh(z):
    z = _in(z)
    out = np.empty_like(z)
    np.tanh(z, out=out)
    return out


def tanh_grad(z):
    out = tanh(z)
    np.multiply(out, out, out=out)
    np.subtract(1.0, out, out=out)
    return out


def relu(z):
    z = _in(z)
    out = np.empty_like(z)
    np.maximum(z, 0.0, out=out)
    return out


def relu_grad(z):
    z = _in(z)
    out = np.zeros_like(z)
    out[z > 0] = 1.0
    return out


def leaky_relu(z, alpha=0.01):
    z = _in(z)
    out = z.copy()
    out[z < 0] *= alpha
    return out


def leaky_relu_grad(z, alpha=0.01):
    z = _in(z)
    out = np.empty_like(z)
    out.fill(alpha)
    out[z > 0] = 1.0
    return out


def identity(z):
    return _in(z).copy()


def identity_grad(z):
    return np.ones_like(_in(z))


def step(z):
    z = _in(z)
    out = np.zeros_like(z)
    out[z >= 0] = 1.0
    return out


def step_grad(z):
    return np.zeros_like(_in(z))


def prelu(z, alpha):
    z = _in(z)
    out = np.empty_like(z)
    np.multiply(z, _in(alpha), out=out)
    np.copyto(out, z, where=z > 0)
    return out


def prelu_grad(z, alpha):
    z = _in(z)
    out = np.empty_like(z)
    out[...] = _in(alpha)            # broadcast the slope(s) over the batch
    np.copyto(out, 1.0, where=z > 0)
    return out


def prelu_alpha_grad(z):
    z = _in(z)
    out = np.zeros_like(z)
    np.copyto(out, z, where=z <= 0)
    return out


def _phi_cdf(z):
    out = _erf(z / SQRT_2)
    out += 1.0
    out *= 0.5
    return out


def gelu(z):
    z = _in(z)
    out = _phi_cdf(z)
    out *= z
    return out


def gelu_grad(z):
    z = _in(z)
    dens = np.empty_like(z)
    np.multiply(z, z, out=dens)
    dens *= -0.5
    np.exp(dens, out=dens)
    dens *= INV_SQRT_2PI
    dens *= z
    dens += _phi_cdf(z)
    return dens


def _tanh_u(z):
    u = z * z
    u *= GELU_C
    u += 1.0
    u *= z
    u *= SQRT_2_OVER_PI
    np.tanh(u, out=u)
    return u


def gelu_tanh(z):
    z = _in(z)
    out = _tanh_u(z)
    out += 1.0
    out *= 0.5
    out *= z
    return out


def gelu_tanh_grad(z):
    z = _in(z)
    th = _tanh_u(z)
    du = 3.0 * GELU_C * z * z
    du += 1.0
    du *= SQRT_2_OVER_PI
    out = 1.0 - th * th
    out *= du
    out *= z
    out += 1.0 + th
    out *= 0.5
    return out
