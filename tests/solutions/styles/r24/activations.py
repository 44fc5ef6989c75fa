"""Activations the statistical-mechanics way (r24 style: a physicist after Mehta et al.).

A unit with pre-activation z sits in a two-level system of energy E = -z: the
sigmoid is its Fermi-Dirac occupation at inverse temperature beta = 1, written
with the half-angle identity f = (1 - tanh(beta E / 2)) / 2 so that no
exponential is ever formed (tanh saturates, it never overflows); tanh is the
magnetisation of an Ising spin in the field z.
"""

import math

import numpy as np

BETA = 1.0  # inverse temperature: beta = 1 is the logistic sigmoid


def _energy(z):
    return -np.asarray(z, dtype=np.float64)


def _fermi(E, beta=BETA):
    """Fermi-Dirac occupation 1 / (exp(beta E) + 1) = (1 - tanh(beta E / 2)) / 2, overflow-free."""
    return 0.5 * (1.0 - np.tanh(0.5 * beta * E))


def sigmoid(z):
    return _fermi(_energy(z))


def sigmoid_grad(z):
    # -df/dE = beta f (1 - f): the occupation's fluctuation <n^2> - <n>^2
    f = _fermi(_energy(z))
    return BETA * f * (1.0 - f)


def tanh(z):
    # magnetisation m = tanh(beta h) of a spin in the field h = z
    return np.tanh(BETA * np.asarray(z, dtype=np.float64))


def tanh_grad(z):
    # susceptibility dm/dh = beta (1 - m^2)
    m = tanh(z)
    return BETA * (1.0 - m * m)


def relu(z):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, z, 0.0)


def relu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return np.heaviside(z, 0.0)


def leaky_relu(z, alpha=0.01):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, z, alpha * z)


def leaky_relu_grad(z, alpha=0.01):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, 1.0, alpha * np.ones_like(z))


def identity(z):
    return np.array(z, dtype=np.float64, copy=True)


def identity_grad(z):
    return np.ones_like(np.asarray(z, dtype=np.float64))


def step(z):
    # the zero-temperature limit beta -> infinity of the Fermi function, with theta(0) = 1
    return np.heaviside(np.asarray(z, dtype=np.float64), 1.0)


def step_grad(z):
    return np.zeros_like(np.asarray(z, dtype=np.float64))


def prelu(z, alpha):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, z, np.asarray(alpha, dtype=np.float64) * z)


def prelu_grad(z, alpha):
    z = np.asarray(z, dtype=np.float64)
    slope = np.broadcast_to(np.asarray(alpha, dtype=np.float64), z.shape)
    return np.where(z > 0, 1.0, slope)


def prelu_alpha_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, 0.0, z)


_erf = np.vectorize(math.erf, otypes=[np.float64])


def _Phi(z):
    """Cumulative of the unit Gaussian, 1/2 (1 + erf(z / sqrt 2))."""
    return 0.5 * (1.0 + _erf(z / math.sqrt(2.0)))


def _gauss(z):
    return np.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)


def gelu(z):
    z = np.asarray(z, dtype=np.float64)
    return z * _Phi(z)


def gelu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return _Phi(z) + z * _gauss(z)


_C = math.sqrt(2.0 / math.pi)
_K = 0.044715


def gelu_tanh(z):
    z = np.asarray(z, dtype=np.float64)
    u = _C * (z + _K * z ** 3)
    return 0.5 * z * (1.0 + np.tanh(u))


def gelu_tanh_grad(z):
    z = np.asarray(z, dtype=np.float64)
    t = np.tanh(_C * (z + _K * z ** 3))
    return 0.5 * (1.0 + t) + 0.5 * z * (1.0 - t * t) * _C * (1.0 + 3.0 * _K * z * z)
