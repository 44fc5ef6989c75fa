"""Activations, written the way an old np.matrix-era NumPy tutorial taught them.

np.multiply / np.divide for elementwise products (``*`` meant the matrix product
back then), np.asarray to hand back plain arrays whatever came in.
"""

import math

import numpy as np


def _arr(z):
    # an np.matrix would keep '*' as a matrix product and stay 2-D: work on ndarrays
    z = np.asarray(z)
    return z if z.dtype.kind == "f" else z.astype(np.float64)


def sigmoid(z):
    """Logistic sigmoid g(z) = 1 / (1 + exp(-z)), in (0, 1); sigmoid(+-1000) neither overflows nor warns."""
    z = _arr(z)
    e = np.exp(np.negative(np.abs(z)))          # never exp of a large positive number
    pos = np.divide(1.0, np.add(1.0, e))
    neg = np.divide(e, np.add(1.0, e))
    return np.where(z >= 0, pos, neg)


def sigmoid_grad(z):
    """g'(z) = sigmoid(z) (1 - sigmoid(z)); largest value 0.25 at z = 0."""
    s = sigmoid(z)
    return np.multiply(s, np.subtract(1.0, s))


def tanh(z):
    """g(z) = tanh z = (e^z - e^-z) / (e^z + e^-z), in (-1, 1)."""
    return np.tanh(_arr(z))


def tanh_grad(z):
    """g'(z) = 1 - tanh(z)^2; largest value 1 at z = 0."""
    t = np.tanh(_arr(z))
    return np.subtract(1.0, np.multiply(t, t))


def relu(z):
    """g(z) = max(0, z)."""
    z = _arr(z)
    return np.multiply(z, z > 0)


def relu_grad(z):
    """g'(z) = 1 if z > 0 else 0."""
    z = _arr(z)
    return np.asarray(z > 0, dtype=np.result_type(z.dtype, np.float32))


def leaky_relu(z, alpha=0.01):
    """g(z) = z if z > 0 else alpha z."""
    z = _arr(z)
    return np.where(z > 0, z, np.multiply(alpha, z))


def leaky_relu_grad(z, alpha=0.01):
    """g'(z) = 1 if z > 0 else alpha."""
    z = _arr(z)
    one = np.ones_like(z, dtype=np.result_type(z.dtype, np.float32))
    return np.where(z > 0, one, np.multiply(alpha, one))


def identity(z):
    """g(z) = z."""
    return np.array(_arr(z), dtype=np.result_type(_arr(z).dtype, np.float32), copy=True)


def identity_grad(z):
    """g'(z) = 1."""
    z = _arr(z)
    return np.ones(z.shape, dtype=np.result_type(z.dtype, np.float32))


def step(z):
    """Heaviside step: g(z) = 1 if z >= 0 else 0."""
    z = _arr(z)
    return np.asarray(z >= 0, dtype=np.result_type(z.dtype, np.float32))


def step_grad(z):
    """g'(z) = 0 wherever it exists."""
    z = _arr(z)
    return np.zeros(z.shape, dtype=np.result_type(z.dtype, np.float32))


def prelu(z, alpha):
    """Parametric ReLU: z (N, n), alpha a scalar or (n,): g(z) = z if z > 0 else alpha z."""
    Z = np.asmatrix(z)                            # one example per row, as the tutorials had it
    a = np.asarray(alpha)
    out = np.where(Z.A > 0, Z.A, np.multiply(Z, a).A)
    return out.reshape(_arr(z).shape)


def prelu_grad(z, alpha):
    """dg/dz = 1 if z > 0 else alpha (shapes as in prelu)."""
    z = _arr(z)
    slope = np.multiply(np.ones(z.shape), np.asarray(alpha))
    return np.where(z > 0, 1.0, slope)


def prelu_alpha_grad(z):
    """dg/dalpha elementwise = 0 if z > 0 else z, shape of z."""
    z = _arr(z)
    return np.multiply(z, z <= 0)


def _erf(z):
    f = np.vectorize(math.erf, otypes=[np.float64])
    return f(z)


def gelu(z):
    """Exact GELU: g(z) = z (1 + erf(z / sqrt 2)) / 2."""
    z = _arr(z)
    Phi = np.multiply(0.5, np.add(1.0, _erf(np.divide(z, math.sqrt(2.0)))))
    return np.multiply(z, Phi)


def gelu_grad(z):
    """g'(z) = Phi(z) + z phi(z)."""
    z = _arr(z)
    Phi = np.multiply(0.5, np.add(1.0, _erf(np.divide(z, math.sqrt(2.0)))))
    phi = np.divide(np.exp(np.multiply(-0.5, np.multiply(z, z))), math.sqrt(2.0 * math.pi))
    return np.add(Phi, np.multiply(z, phi))


_C = math.sqrt(2.0 / math.pi)


def gelu_tanh(z):
    """GELU, tanh approximation: g(z) = z (1 + tanh u) / 2, u = sqrt(2/pi) (z + 0.044715 z^3)."""
    z = _arr(z)
    u = np.multiply(_C, np.add(z, np.multiply(0.044715, np.power(z, 3))))
    return np.multiply(np.multiply(0.5, z), np.add(1.0, np.tanh(u)))


def gelu_tanh_grad(z):
    """g'(z) = (1 + tanh u) / 2 + z (1 - tanh^2 u) sqrt(2/pi) (1 + 3 * 0.044715 z^2) / 2."""
    z = _arr(z)
    t = np.tanh(np.multiply(_C, np.add(z, np.multiply(0.044715, np.power(z, 3)))))
    du = np.multiply(_C, np.add(1.0, np.multiply(3 * 0.044715, np.multiply(z, z))))
    return np.add(np.multiply(0.5, np.add(1.0, t)),
                  np.multiply(np.multiply(0.5, z), np.multiply(np.subtract(1.0, np.multiply(t, t)), du)))
