"""Activations, written the way a UFLDL (Ng 2011) MATLAB port does it.

UFLDL's fprime takes the activation a = f(z) and returns a .* (1 - a); here the
stub hands us z, so every derivative first recomputes a = f(z), then uses the
output form. MATLAB's elementwise ".*" becomes "*".
"""

import math

import numpy as np


def _double(z):
    # MATLAB's double(z): everything float64
    return np.asarray(z, dtype=np.float64)


def sigmoid(z):
    """a = 1 ./ (1 + exp(-z)), evaluated as exp(-|z|) so +-1000 stays finite."""
    z = _double(z)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid_grad(z):
    """fprime = a .* (1 - a) with a = sigmoid(z)."""
    a = sigmoid(z)
    return a * (1.0 - a)


def tanh(z):
    """tanh(z), elementwise."""
    return np.tanh(_double(z))


def tanh_grad(z):
    """1 - a.^2 with a = tanh(z)."""
    a = tanh(z)
    return 1.0 - a * a


def relu(z):
    """max(z, 0), elementwise (MATLAB's max(z, 0))."""
    z = _double(z)
    return np.maximum(z, 0.0)


def relu_grad(z):
    """double(z > 0)."""
    return (_double(z) > 0).astype(np.float64)


def leaky_relu(z, alpha=0.01):
    """z where z > 0, alpha z elsewhere."""
    z = _double(z)
    return np.where(z > 0, z, alpha * z)


def leaky_relu_grad(z, alpha=0.01):
    """1 where z > 0, alpha elsewhere."""
    z = _double(z)
    return np.where(z > 0, 1.0, alpha) * np.ones_like(z)


def identity(z):
    """z itself (a copy)."""
    return _double(z).copy()


def identity_grad(z):
    """ones(size(z))."""
    return np.ones_like(_double(z))


def step(z):
    """double(z >= 0)."""
    return (_double(z) >= 0).astype(np.float64)


def step_grad(z):
    """zeros(size(z))."""
    return np.zeros_like(_double(z))


def prelu(z, alpha):
    """z where z > 0, alpha z elsewhere; alpha a number or one slope per column (repmat over rows)."""
    z = _double(z)
    slope = _double(alpha)
    if slope.ndim == 1:
        # repmat(alpha, m, 1): one row of slopes per example
        slope = np.tile(slope, (z.shape[0], 1))
    return np.where(z > 0, z, slope * z)


def prelu_grad(z, alpha):
    """1 where z > 0, alpha elsewhere (alpha tiled as in prelu)."""
    z = _double(z)
    slope = _double(alpha)
    if slope.ndim == 1:
        slope = np.tile(slope, (z.shape[0], 1))
    return np.where(z > 0, 1.0, slope * np.ones_like(z))


def prelu_alpha_grad(z):
    """d a / d alpha = 0 where z > 0, z elsewhere."""
    z = _double(z)
    return np.where(z > 0, 0.0, z)


_erf = np.vectorize(math.erf, otypes=[np.float64])


def _Phi(z):
    return 0.5 * (1.0 + _erf(z / math.sqrt(2.0)))


def gelu(z):
    """z .* Phi(z)."""
    z = _double(z)
    return z * _Phi(z)


def gelu_grad(z):
    """Phi(z) + z .* phi(z)."""
    z = _double(z)
    phi = np.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)
    return _Phi(z) + z * phi


_C = math.sqrt(2.0 / math.pi)


def _u(z):
    return _C * (z + 0.044715 * z ** 3)


def gelu_tanh(z):
    """0.5 z (1 + tanh u)."""
    z = _double(z)
    return 0.5 * z * (1.0 + np.tanh(_u(z)))


def gelu_tanh_grad(z):
    """0.5 (1 + t) + 0.5 z (1 - t.^2) du/dz, t = tanh u."""
    z = _double(z)
    t = np.tanh(_u(z))
    dudz = _C * (1.0 + 3.0 * 0.044715 * z * z)
    return 0.5 * (1.0 + t) + 0.5 * z * (1.0 - t * t) * dudz
