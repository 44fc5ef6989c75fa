"""Activations, written around one small elementwise-rule class instead of np.where chains."""

import math

import numpy as np


def _f(z):
    # a fresh float64 array: every rule below may then work in place on it
    return np.array(z, dtype=np.float64, copy=True)


class _Piecewise:
    """g(z) = pos(z) for z > 0 (or >= 0), neg(z) otherwise; slopes may broadcast per unit."""

    def __init__(self, pos, neg, closed=False):
        self.pos, self.neg, self.closed = pos, neg, closed

    def __call__(self, z, *args):
        x = _f(z)
        up = x >= 0 if self.closed else x > 0
        out = np.empty_like(x)
        np.copyto(out, np.broadcast_to(self.neg(x, *args), x.shape))
        np.copyto(out, np.broadcast_to(self.pos(x, *args), x.shape), where=up)
        return out


_erf = np.vectorize(math.erf, otypes=[np.float64])
_SQ2PI = math.sqrt(2.0 / math.pi)
_C = 0.044715


def sigmoid(z):
    """Logistic sigmoid g(z) = 1 / (1 + exp(-z)), in (0, 1); sigmoid(+-1000) neither overflows nor warns."""
    # sigma(z) = (1 + tanh(z/2)) / 2 never overflows
    out = _f(z)
    out *= 0.5
    np.tanh(out, out=out)
    out += 1.0
    out *= 0.5
    return out


def sigmoid_grad(z):
    """g'(z) = sigmoid(z) (1 - sigmoid(z)); largest value 0.25 at z = 0."""
    # sigma' = (1 - tanh(z/2)^2) / 4
    t = np.tanh(_f(z) / 2.0)
    return (1.0 - t * t) / 4.0


def tanh(z):
    """g(z) = tanh z = (e^z - e^-z) / (e^z + e^-z), in (-1, 1)."""
    return np.tanh(_f(z))


def tanh_grad(z):
    """g'(z) = 1 - tanh(z)^2; largest value 1 at z = 0."""
    t = np.tanh(_f(z))
    return (1.0 - t) * (1.0 + t)


def relu(z):
    """g(z) = max(0, z)."""
    return _Piecewise(lambda x: x, lambda x: 0.0)(z)


def relu_grad(z):
    """g'(z) = 1 if z > 0 else 0; at the kink z = 0 either side's value is right (it is never tested there)."""
    return _Piecewise(lambda x: 1.0, lambda x: 0.0)(z)


def leaky_relu(z, alpha=0.01):
    """g(z) = z if z > 0 else alpha z (a small slope so units never die)."""
    return _Piecewise(lambda x, a: x, lambda x, a: a * x)(z, alpha)


def leaky_relu_grad(z, alpha=0.01):
    """g'(z) = 1 if z > 0 else alpha; at the kink z = 0 either side's value is right (it is never tested there)."""
    return _Piecewise(lambda x, a: 1.0, lambda x, a: a)(z, alpha)


def identity(z):
    """g(z) = z."""
    return _f(z)


def identity_grad(z):
    """g'(z) = 1."""
    out = _f(z)
    out.fill(1.0)
    return out


def step(z):
    """Heaviside step of the perceptron: g(z) = 1 if z >= 0 else 0."""
    return _Piecewise(lambda x: 1.0, lambda x: 0.0, closed=True)(z)


def step_grad(z):
    """g'(z) = 0 wherever it exists (undefined at 0): why the step cannot be trained by gradients."""
    return np.zeros_like(_f(z))


def prelu(z, alpha):
    """Parametric ReLU: leaky ReLU whose slope alpha is learned.

    z (N, n), alpha a scalar or (n,) (one slope per unit, broadcast over the batch):
    g(z) = z if z > 0 else alpha z.
    """
    return leaky_relu(z, np.asarray(alpha, dtype=np.float64))


def prelu_grad(z, alpha):
    """dg/dz = 1 if z > 0 else alpha (shapes as in prelu)."""
    return leaky_relu_grad(z, np.asarray(alpha, dtype=np.float64))


def prelu_alpha_grad(z):
    """dg/dalpha elementwise = 0 if z > 0 else z, shape of z.

    The slope's gradient sums this over what alpha is shared by:
    dL/dalpha = sum_n dA[n] * prelu_alpha_grad(Z)[n] for a per-unit alpha (n,),
    and the sum over everything for a scalar alpha.
    """
    # min(z, 0) is z below the kink and 0 above it
    return np.minimum(_f(z), 0.0)


def gelu(z):
    """Exact GELU: g(z) = z Phi(z) = z (1 + erf(z / sqrt 2)) / 2; minimum ~ -0.17."""
    x = _f(z)
    return x * (1.0 + _erf(x / math.sqrt(2.0))) * 0.5


def gelu_grad(z):
    """g'(z) = Phi(z) + z phi(z), with phi(z) = exp(-z^2/2) / sqrt(2 pi) the normal density."""
    x = _f(z)
    phi = np.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi)
    return 0.5 * (1.0 + _erf(x / math.sqrt(2.0))) + x * phi


def gelu_tanh(z):
    """GELU, tanh approximation: g(z) = z (1 + tanh u) / 2, u = sqrt(2/pi) (z + 0.044715 z^3)."""
    x = _f(z)
    t = np.tanh(_SQ2PI * x * (1.0 + _C * x * x))
    return 0.5 * x * (1.0 + t)


def gelu_tanh_grad(z):
    """g'(z) = (1 + tanh u) / 2 + z (1 - tanh^2 u) sqrt(2/pi) (1 + 3 * 0.044715 z^2) / 2."""
    x = _f(z)
    t = np.tanh(_SQ2PI * x * (1.0 + _C * x * x))
    du = _SQ2PI * (1.0 + 3.0 * _C * x * x)
    return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t) * (1.0 + t) * du
