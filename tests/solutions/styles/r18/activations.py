"""Activations the MIT 6.036/6.390 way: one Module class per activation with forward(Z) and backward(dLdA).

6.036's neural-network homework keeps data as columns, Z (m, b) with one example per column, and every
module stores what its backward needs on self. This student keeps those classes and writes the stub's
functions as thin wrappers: transpose at the edge, forward (or backward with dLdA = 1 to get g'), transpose back.
"""

import math

import numpy as np


class Module:
    def sgd_step(self, lrate):  # activations have no weights
        pass


class Sigmoid(Module):
    def forward(self, Z):
        # 6.036's 1/(1+exp(-Z)) overflows at -1000: exp only ever sees -|Z|
        E = np.exp(-np.abs(Z))
        self.A = np.where(Z >= 0, 1.0 / (1.0 + E), E / (1.0 + E))
        return self.A

    def backward(self, dLdA):
        return dLdA * self.A * (1 - self.A)


class Tanh(Module):
    def forward(self, Z):
        self.A = np.tanh(Z)
        return self.A

    def backward(self, dLdA):
        return dLdA * (1 - self.A ** 2)


class ReLU(Module):
    def forward(self, Z):
        self.A = np.maximum(0, Z)
        return self.A

    def backward(self, dLdA):
        return dLdA * (self.A != 0)


class LeakyReLU(Module):
    def __init__(self, alpha):
        self.alpha = alpha

    def forward(self, Z):
        self.Z = Z
        return np.where(Z > 0, Z, self.alpha * Z)

    def backward(self, dLdA):
        return dLdA * np.where(self.Z > 0, 1.0, self.alpha)


class Linear(Module):  # the identity "activation" of a regression output
    def forward(self, Z):
        return Z

    def backward(self, dLdA):
        return dLdA


class Step(Module):
    def forward(self, Z):
        return np.where(Z >= 0, 1.0, 0.0)

    def backward(self, dLdA):
        return np.zeros_like(dLdA)


def _cols(z):
    return np.asarray(z, dtype=np.float64).T


def _fwd(module, z):
    return module.forward(_cols(z)).T


def _grad(module, z):
    Z = _cols(z)
    module.forward(Z)
    return module.backward(np.ones_like(Z)).T


def sigmoid(z):
    return _fwd(Sigmoid(), z)


def sigmoid_grad(z):
    return _grad(Sigmoid(), z)


def tanh(z):
    return _fwd(Tanh(), z)


def tanh_grad(z):
    return _grad(Tanh(), z)


def relu(z):
    return _fwd(ReLU(), z)


def relu_grad(z):
    return _grad(ReLU(), z)


def leaky_relu(z, alpha=0.01):
    return _fwd(LeakyReLU(alpha), z)


def leaky_relu_grad(z, alpha=0.01):
    return _grad(LeakyReLU(alpha), z)


def identity(z):
    return _fwd(Linear(), z)


def identity_grad(z):
    return _grad(Linear(), z)


def step(z):
    return _fwd(Step(), z)


def step_grad(z):
    return _grad(Step(), z)


def _alpha_col(alpha):
    # one slope per unit: in the column layout the units are rows, so alpha becomes a column (n, 1)
    a = np.asarray(alpha, dtype=np.float64)
    return a.reshape(-1, 1) if a.ndim == 1 else a


def prelu(z, alpha):
    Z = np.asarray(z, dtype=np.float64).T          # (n, N)
    return np.where(Z > 0, Z, _alpha_col(alpha) * Z).T


def prelu_grad(z, alpha):
    Z = np.asarray(z, dtype=np.float64).T
    return np.where(Z > 0, 1.0, _alpha_col(alpha) * np.ones_like(Z)).T


def prelu_alpha_grad(z):
    Z = np.asarray(z, dtype=np.float64)
    return np.where(Z > 0, 0.0, Z)


_erf = np.vectorize(math.erf, otypes=[np.float64])


def _Phi(Z):
    return 0.5 * (1.0 + _erf(Z / math.sqrt(2.0)))


def gelu(z):
    Z = _cols(z)
    return (Z * _Phi(Z)).T


def gelu_grad(z):
    Z = _cols(z)
    phi = np.exp(-Z ** 2 / 2) / math.sqrt(2 * math.pi)
    return (_Phi(Z) + Z * phi).T


def _u(Z):
    return math.sqrt(2 / math.pi) * (Z + 0.044715 * Z ** 3)


def gelu_tanh(z):
    Z = _cols(z)
    return (0.5 * Z * (1 + np.tanh(_u(Z)))).T


def gelu_tanh_grad(z):
    Z = _cols(z)
    t = np.tanh(_u(Z))
    return (0.5 * (1 + t) + 0.5 * Z * (1 - t ** 2) * math.sqrt(2 / math.pi) * (1 + 3 * 0.044715 * Z ** 2)).T
