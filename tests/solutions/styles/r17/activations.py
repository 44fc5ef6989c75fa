"""Activations in the habits of Trask's Grokking Deep Learning and Raschka's NeuralNetMLP.

Trask computes the ReLU derivative from the layer's OUTPUT (relu2deriv(output) = output > 0), so the
derivatives here go through the forward value; Raschka's sigmoid clips z to [-250, 250] before exp,
which keeps exp finite (sigmoid(-1000) comes out 2.7e-109 instead of underflowing to 0).
"""

import math

import numpy as np


def _as_float(z):
    return np.asarray(z, dtype=np.float64)


def sigmoid(z):
    # Raschka, NeuralNetMLP._sigmoid
    return 1.0 / (1.0 + np.exp(-np.clip(_as_float(z), -250, 250)))


def sigmoid_grad(z):
    output = sigmoid(z)
    return output * (1 - output)


def tanh(z):
    return np.tanh(_as_float(z))


def tanh_grad(z):
    output = tanh(z)
    return 1 - output ** 2


def relu(x):
    # Trask: (x > 0) * x
    x = _as_float(x)
    return (x > 0) * x


def _relu2deriv(output):
    # Trask: returns 1 for input > 0, read off the output
    return (output > 0) * 1.0


def relu_grad(z):
    return _relu2deriv(relu(z))


def leaky_relu(z, alpha=0.01):
    z = _as_float(z)
    return np.where(z > 0, z, alpha * z)


def leaky_relu_grad(z, alpha=0.01):
    z = _as_float(z)
    return np.where(z > 0, 1.0, alpha) * np.ones_like(z)


def identity(z):
    return _as_float(z).copy()


def identity_grad(z):
    return np.ones_like(_as_float(z))


def step(z):
    return (_as_float(z) >= 0) * 1.0


def step_grad(z):
    return np.zeros_like(_as_float(z))


def prelu(z, alpha):
    z = _as_float(z)
    return np.where(z > 0, z, np.asarray(alpha, dtype=np.float64) * z)


def prelu_grad(z, alpha):
    z = _as_float(z)
    slope = np.asarray(alpha, dtype=np.float64) * np.ones_like(z)
    return np.where(z > 0, 1.0, slope)


def prelu_alpha_grad(z):
    z = _as_float(z)
    return (z <= 0) * z


_erf = np.vectorize(math.erf, otypes=[np.float64])


def _Phi(z):
    return 0.5 * (1.0 + _erf(_as_float(z) / math.sqrt(2.0)))


def gelu(z):
    return _as_float(z) * _Phi(z)


def gelu_grad(z):
    z = _as_float(z)
    return _Phi(z) + z * np.exp(-z ** 2 / 2) / math.sqrt(2 * math.pi)


_C = math.sqrt(2 / math.pi)


def gelu_tanh(z):
    z = _as_float(z)
    return 0.5 * z * (1 + np.tanh(_C * (z + 0.044715 * z ** 3)))


def gelu_tanh_grad(z):
    z = _as_float(z)
    t = np.tanh(_C * (z + 0.044715 * z ** 3))
    return 0.5 * (1 + t) + 0.5 * z * (1 - t ** 2) * _C * (1 + 3 * 0.044715 * z ** 2)
