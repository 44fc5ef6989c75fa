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
