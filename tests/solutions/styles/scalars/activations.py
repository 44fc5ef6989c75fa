"""Activations with np.float64 casts, out= arguments and explicit copies (scalars style)."""

import numpy as np

ONE = np.float64(1.0)
ZERO = np.float64(0.0)


def sigmoid(z):
    z = np.array(z, dtype=np.float64)  # a copy we may overwrite
    e = np.empty_like(z)
    np.abs(z, out=e)
    np.negative(e, out=e)
    np.exp(e, out=e)                    # e = exp(-|z|) in (0, 1]
    num = np.where(z >= ZERO, ONE, e)
    return np.divide(num, np.add(ONE, e))


def sigmoid_grad(z):
    s = sigmoid(z)
    out = np.array(np.subtract(ONE, s), dtype=np.float64)
    np.multiply(out, s, out=out)
    return out


def tanh(z):
    z = np.array(z, dtype=np.float64)
    np.tanh(z, out=z)
    return z


def tanh_grad(z):
    t = tanh(z)
    np.multiply(t, t, out=t)
    np.subtract(ONE, t, out=t)
    return t


def relu(z):
    z = np.array(z, dtype=np.float64)
    np.maximum(z, ZERO, out=z)
    return z


def relu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return np.greater(z, ZERO).astype(np.float64)


def leaky_relu(z, alpha=0.01):
    z = np.array(z, dtype=np.float64)
    a = np.float64(alpha)
    return np.where(z > ZERO, z, np.multiply(a, z))


def leaky_relu_grad(z, alpha=0.01):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > ZERO, ONE, np.float64(alpha))


def identity(z):
    return np.array(z, dtype=np.float64)


def identity_grad(z):
    return np.full(np.shape(z), ONE)


def step(z):
    z = np.array(z, dtype=np.float64)
    return np.where(z >= ZERO, ONE, ZERO)


def step_grad(z):
    return np.full(np.shape(z), ZERO)


def prelu(z, alpha):
    z = np.array(z, dtype=np.float64)
    return np.where(z > ZERO, z, np.float64(1.0) * np.asarray(alpha, dtype=np.float64) * z)


def prelu_grad(z, alpha):
    z = np.array(z, dtype=np.float64)
    return np.where(z > ZERO, ONE, np.asarray(alpha, dtype=np.float64) * np.ones_like(z))


def prelu_alpha_grad(z):
    z = np.array(z, dtype=np.float64)
    np.minimum(z, ZERO, out=z)
    return z


def _erf(x):
    import math
    return np.array([math.erf(float(v)) for v in np.ravel(x)], dtype=np.float64).reshape(np.shape(x))


def gelu(z):
    z = np.array(z, dtype=np.float64)
    return z * np.float64(0.5) * (ONE + _erf(z / np.sqrt(np.float64(2))))


def gelu_grad(z):
    z = np.array(z, dtype=np.float64)
    density = np.exp(np.float64(-0.5) * z * z) / np.sqrt(np.float64(2) * np.pi)
    return np.float64(0.5) * (ONE + _erf(z / np.sqrt(np.float64(2)))) + z * density


C = np.float64(0.044715)
K = np.sqrt(np.float64(2) / np.pi)


def gelu_tanh(z):
    z = np.array(z, dtype=np.float64)
    return np.float64(0.5) * z * (ONE + np.tanh(K * (z + C * z * z * z)))


def gelu_tanh_grad(z):
    z = np.array(z, dtype=np.float64)
    t = np.tanh(K * (z + C * z * z * z))
    return np.float64(0.5) * (ONE + t) + np.float64(0.5) * z * (ONE - t * t) * K * (ONE + np.float64(3) * C * z * z)
