"""Exercise: activation functions and their derivatives.

Each function takes an array z of pre-activations (any shape) and returns a
float64 array of the same shape. Work elementwise with NumPy (no Python loops needed).
Derivatives are never tested exactly at a kink (z = 0 for relu and leaky_relu).
sigmoid must not overflow or warn for z = +-1000.
"""

import numpy as np


def sigmoid(z):
    """Logistic sigmoid g(z) = 1 / (1 + exp(-z)), in (0, 1); sigmoid(+-1000) neither overflows nor warns."""
    raise NotImplementedError


def sigmoid_grad(z):
    """g'(z) = sigmoid(z) (1 - sigmoid(z)); largest value 0.25 at z = 0."""
    raise NotImplementedError


def tanh(z):
    """g(z) = tanh z = (e^z - e^-z) / (e^z + e^-z), in (-1, 1)."""
    raise NotImplementedError


def tanh_grad(z):
    """g'(z) = 1 - tanh(z)^2; largest value 1 at z = 0."""
    raise NotImplementedError


def relu(z):
    """g(z) = max(0, z)."""
    raise NotImplementedError


def relu_grad(z):
    """g'(z) = 1 if z > 0 else 0; at the kink z = 0 either side's value is right (it is never tested there)."""
    raise NotImplementedError


def leaky_relu(z, alpha=0.01):
    """g(z) = z if z > 0 else alpha z (a small slope so units never die)."""
    raise NotImplementedError


def leaky_relu_grad(z, alpha=0.01):
    """g'(z) = 1 if z > 0 else alpha; at the kink z = 0 either side's value is right (it is never tested there)."""
    raise NotImplementedError
