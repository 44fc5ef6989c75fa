"""Activations the way a PyTorch user ports torch.nn.functional: one small function per op,
inputs treated as tensors that are .clone()d (np.array(..., copy=True)) before any in-place work."""

import math

import numpy as np


def _tensor(z):
    # torch.as_tensor(z, dtype=torch.float64).clone()
    return np.array(z, dtype=np.float64, copy=True)


def _softplus(z):
    # F.softplus, stable: log(1 + e^z) = max(z, 0) + log1p(e^-|z|)
    return np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))


def sigmoid(z):
    """Logistic sigmoid g(z) = 1 / (1 + exp(-z)), in (0, 1); sigmoid(+-1000) neither overflows nor warns."""
    x = _tensor(z)
    # torch.sigmoid == exp(-softplus(-x))
    return np.exp(-_softplus(-x))


def sigmoid_grad(z):
    """g'(z) = sigmoid(z) (1 - sigmoid(z)); largest value 0.25 at z = 0."""
    s = sigmoid(z)
    return s * (1.0 - s)


def tanh(z):
    """g(z) = tanh z = (e^z - e^-z) / (e^z + e^-z), in (-1, 1)."""
    return np.tanh(_tensor(z))


def tanh_grad(z):
    """g'(z) = 1 - tanh(z)^2; largest value 1 at z = 0."""
    t = tanh(z)
    return 1.0 - t.__mul__(t)


def relu(z):
    """g(z) = max(0, z)."""
    x = _tensor(z)
    return x.clip(min=0.0)  # torch.clamp(x, min=0)


def relu_grad(z):
    """g'(z) = 1 if z > 0 else 0; at the kink z = 0 either side's value is right (it is never tested there)."""
    return (_tensor(z) > 0).astype(np.float64)


def leaky_relu(z, alpha=0.01):
    """g(z) = z if z > 0 else alpha z (a small slope so units never die)."""
    x = _tensor(z)
    return np.where(x > 0, x, x * alpha)  # F.leaky_relu(x, negative_slope=alpha)


def leaky_relu_grad(z, alpha=0.01):
    """g'(z) = 1 if z > 0 else alpha; at the kink z = 0 either side's value is right (it is never tested there)."""
    x = _tensor(z)
    return np.where(x > 0, 1.0, alpha) + 0.0 * x


def identity(z):
    """g(z) = z."""
    return _tensor(z)  # nn.Identity, but detached from the caller's storage


def identity_grad(z):
    """g'(z) = 1."""
    return np.ones_like(_tensor(z))


def step(z):
    """Heaviside step of the perceptron: g(z) = 1 if z >= 0 else 0."""
    x = _tensor(z)
    # torch.heaviside(x, values=1.0)
    return np.heaviside(x, 1.0)


def step_grad(z):
    """g'(z) = 0 wherever it exists (undefined at 0): why the step cannot be trained by gradients."""
    return np.zeros_like(_tensor(z))


def prelu(z, alpha):
    """Parametric ReLU: leaky ReLU whose slope alpha is learned.

    z (N, n), alpha a scalar or (n,) (one slope per unit, broadcast over the batch):
    g(z) = z if z > 0 else alpha z.
    """
    x = _tensor(z)
    weight = np.asarray(alpha, dtype=np.float64)  # nn.PReLU(num_parameters=n).weight
    return np.where(x > 0, x, weight * x)


def prelu_grad(z, alpha):
    """dg/dz = 1 if z > 0 else alpha (shapes as in prelu)."""
    x = _tensor(z)
    weight = np.asarray(alpha, dtype=np.float64)
    return np.where(x > 0, np.ones_like(x), weight * np.ones_like(x))


def prelu_alpha_grad(z):
    """dg/dalpha elementwise = 0 if z > 0 else z, shape of z."""
    x = _tensor(z)
    return np.where(x > 0, 0.0, x)


_erf = np.vectorize(math.erf, otypes=[np.float64])


def gelu(z):
    """Exact GELU: g(z) = z Phi(z) = z (1 + erf(z / sqrt 2)) / 2; minimum ~ -0.17."""
    x = _tensor(z)
    return 0.5 * x * (1.0 + _erf(x / math.sqrt(2.0)))  # F.gelu(x, approximate='none')


def gelu_grad(z):
    """g'(z) = Phi(z) + z phi(z), with phi(z) = exp(-z^2/2) / sqrt(2 pi) the normal density."""
    x = _tensor(z)
    cdf = 0.5 * (1.0 + _erf(x / math.sqrt(2.0)))
    pdf = np.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi)
    return cdf + x * pdf


_K = math.sqrt(2.0 / math.pi)


def gelu_tanh(z):
    """GELU, tanh approximation: g(z) = z (1 + tanh u) / 2, u = sqrt(2/pi) (z + 0.044715 z^3)."""
    x = _tensor(z)
    inner = _K * (x + 0.044715 * x ** 3)  # F.gelu(x, approximate='tanh')
    return 0.5 * x * (1.0 + np.tanh(inner))


def gelu_tanh_grad(z):
    """g'(z) = (1 + tanh u) / 2 + z (1 - tanh^2 u) sqrt(2/pi) (1 + 3 * 0.044715 z^2) / 2."""
    x = _tensor(z)
    t = np.tanh(_K * (x + 0.044715 * x ** 3))
    return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * _K * (1.0 + 3 * 0.044715 * x * x)
