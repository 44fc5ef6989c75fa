"""Exercise: activation functions and their derivatives.

Each function takes an array z of pre-activations (any shape, an empty batch
such as shape (0, 3) included) and returns a float64 array of the same shape
(a float32 z may come back float32 or float64).
Work elementwise with NumPy (no Python loops needed).
Derivatives are never tested exactly at a kink (z = 0 for relu and leaky_relu).
Every function must give finite values without overflow or warnings for z as
large as +-1000 (sigmoid's exp(-z) overflows there unless computed with care).

prelu takes the slope alpha as an argument (a number, or one slope per unit
(n,) broadcast over the batch); prelu_alpha_grad is the derivative with
respect to alpha. The exact GELU needs erf, which NumPy lacks: the standard
library's math.erf applied elementwise (np.vectorize) is allowed here; give
np.vectorize otypes=[np.float64], or an empty array raises.
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


def identity(z):
    """g(z) = z."""
    raise NotImplementedError


def identity_grad(z):
    """g'(z) = 1."""
    raise NotImplementedError


def step(z):
    """Heaviside step of the perceptron: g(z) = 1 if z >= 0 else 0."""
    raise NotImplementedError


def step_grad(z):
    """g'(z) = 0 wherever it exists (undefined at 0): why the step cannot be trained by gradients."""
    raise NotImplementedError


def prelu(z, alpha):
    """Parametric ReLU: leaky ReLU whose slope alpha is learned.

    z (N, n), alpha a scalar or (n,) (one slope per unit, broadcast over the batch):
    g(z) = z if z > 0 else alpha z.
    """
    raise NotImplementedError


def prelu_grad(z, alpha):
    """dg/dz = 1 if z > 0 else alpha (shapes as in prelu)."""
    raise NotImplementedError


def prelu_alpha_grad(z):
    """dg/dalpha elementwise = 0 if z > 0 else z, shape of z.

    The slope's gradient sums this over what alpha is shared by:
    dL/dalpha = sum_n dA[n] * prelu_alpha_grad(Z)[n] for a per-unit alpha (n,),
    and the sum over everything for a scalar alpha.
    """
    raise NotImplementedError


def gelu(z):
    """Exact GELU: g(z) = z Phi(z) = z (1 + erf(z / sqrt 2)) / 2; minimum ~ -0.17."""
    raise NotImplementedError


def gelu_grad(z):
    """g'(z) = Phi(z) + z phi(z), with phi(z) = exp(-z^2/2) / sqrt(2 pi) the normal density."""
    raise NotImplementedError


def gelu_tanh(z):
    """GELU, tanh approximation: g(z) = z (1 + tanh u) / 2, u = sqrt(2/pi) (z + 0.044715 z^3)."""
    raise NotImplementedError


def gelu_tanh_grad(z):
    """g'(z) = (1 + tanh u) / 2 + z (1 - tanh^2 u) sqrt(2/pi) (1 + 3 * 0.044715 z^2) / 2."""
    raise NotImplementedError
