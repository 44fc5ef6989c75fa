"""Activations, written by an APL/J mind: every function one rank-polymorphic ufunc expression.

Max and min are the APL ceiling and floor primitives (np.maximum, np.minimum); comparisons give
0/1 arrays that multiply; the sigmoid is the exponential of a log-sum (np.logaddexp), so it never
overflows.
"""

import math

import numpy as np

_ROOT_HALF = 1 / math.sqrt(2)
_ROOT_2_OVER_PI = math.sqrt(2 / math.pi)
_C = 0.044715
_erf = np.vectorize(math.erf, otypes=[np.float64])


def _f(z):
    """The argument as a float64 array (a rank-0 one for a number)."""
    return np.asarray(z, dtype=np.float64)


def sigmoid(z):
    # 1/(1+e^-z) = exp(-log(1+e^-z)); logaddexp(0, -z) is that log, finite for any z
    return np.exp(-np.logaddexp(0.0, -_f(z)))


def sigmoid_grad(z):
    return sigmoid(z) * sigmoid(-_f(z))


def tanh(z):
    return np.tanh(_f(z))


def tanh_grad(z):
    return 1.0 - np.square(np.tanh(_f(z)))


def relu(z):
    return np.maximum(_f(z), 0.0)


def relu_grad(z):
    return np.greater(_f(z), 0.0) * 1.0


def leaky_relu(z, alpha=0.01):
    z = _f(z)
    return np.where(z > 0, z, alpha * z)


def leaky_relu_grad(z, alpha=0.01):
    z = _f(z)
    return np.where(z > 0, 1.0, alpha * np.ones_like(z))


def identity(z):
    return _f(z) * 1.0


def identity_grad(z):
    return np.ones_like(_f(z))


def step(z):
    return np.greater_equal(_f(z), 0.0) * 1.0


def step_grad(z):
    return np.zeros_like(_f(z))


def prelu(z, alpha):
    z = _f(z)
    return np.where(z > 0, z, _f(alpha) * z)


def prelu_grad(z, alpha):
    z = _f(z)
    return np.where(z > 0, 1.0, _f(alpha) * np.ones_like(z))


def prelu_alpha_grad(z):
    # 0 where z > 0 and z elsewhere: the floor of z and 0
    return np.minimum(_f(z), 0.0)


def gelu(z):
    z = _f(z)
    return z * (1.0 + _erf(z * _ROOT_HALF)) / 2


def gelu_grad(z):
    z = _f(z)
    return (1.0 + _erf(z * _ROOT_HALF)) / 2 + z * np.exp(-np.square(z) / 2) / math.sqrt(2 * math.pi)


def gelu_tanh(z):
    z = _f(z)
    return z * (1.0 + np.tanh(_ROOT_2_OVER_PI * (z + _C * z ** 3))) / 2


def gelu_tanh_grad(z):
    z = _f(z)
    t = np.tanh(_ROOT_2_OVER_PI * (z + _C * z ** 3))
    return (1.0 + t) / 2 + z * (1.0 - np.square(t)) * _ROOT_2_OVER_PI * (1.0 + 3 * _C * np.square(z)) / 2
