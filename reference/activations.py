"""Activation functions g(z), their derivatives g'(z), and a registry by name.

Every function takes an array of pre-activations z of any shape and returns
float64 of the same shape. `<name>_grad(z)` is dg/dz elementwise; at a kink
(z = 0 for step, relu, leaky_relu, prelu) it takes the value of the z <= 0 side.
A layer's activation cache is the plain dict {"Z": Z, "activation": name}.
"""

from dataclasses import dataclass
from typing import Callable

import numpy as np

from mlptutor.reference.erf import erf
from mlptutor.reference.softmax import softmax, softmax_backward

_SQRT_2_OVER_PI = np.sqrt(2.0 / np.pi)
_GELU_CUBIC = 0.044715


def _f64(z):
    return np.asarray(z, dtype=np.float64)


def identity(z):
    """g(z) = z."""
    return _f64(z).copy()


def identity_grad(z):
    """g'(z) = 1."""
    return np.ones_like(_f64(z))


def step(z):
    """Heaviside step of the perceptron: g(z) = 1 if z >= 0 else 0."""
    return (_f64(z) >= 0).astype(np.float64)


def step_grad(z):
    """g'(z) = 0 wherever it exists (undefined at 0): why the step cannot be trained by gradients."""
    return np.zeros_like(_f64(z))


def sigmoid(z):
    """Logistic sigmoid g(z) = 1 / (1 + exp(-z)), in (0, 1); sigmoid(+-1000) neither overflows nor warns."""
    z = _f64(z)
    # from e = exp(-|z|) <= 1: 1/(1+e) for z >= 0 and e/(1+e) for z < 0, so no exponent is positive
    # exp(-|z|) underflows to 0 for |z| > 745: the correct limit, not an error
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid_grad(z):
    """g'(z) = sigmoid(z) (1 - sigmoid(z)); largest value 0.25 at z = 0."""
    # = sigmoid(z) sigmoid(-z) = e / (1 + e)^2 with e = exp(-|z|): 1 - sigmoid(z) cancels for z above ~15 (to 0
    # above 37) where the true value is still ~exp(-z); this form keeps every digit until genuine underflow
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(_f64(z)))
        return e / (1.0 + e) ** 2


def tanh(z):
    """g(z) = tanh z = (e^z - e^-z) / (e^z + e^-z), in (-1, 1)."""
    return np.tanh(_f64(z))


def tanh_grad(z):
    """g'(z) = 1 - tanh(z)^2; largest value 1 at z = 0."""
    # = 1 / cosh(z)^2 = 4 e / (1 + e)^2 with e = exp(-2|z|): 1 - tanh^2 cancels for |z| above ~8 (to 0 above 19)
    # where the true value is still ~4 exp(-2|z|); this form keeps every digit until genuine underflow
    with np.errstate(under="ignore"):
        e = np.exp(-2.0 * np.abs(_f64(z)))
        return 4.0 * e / (1.0 + e) ** 2


def relu(z):
    """g(z) = max(0, z)."""
    return np.maximum(0.0, _f64(z))


def relu_grad(z):
    """g'(z) = 1 if z > 0 else 0; at the kink z = 0 either side's value is right (it is never tested there)."""
    return (_f64(z) > 0).astype(np.float64)


def leaky_relu(z, alpha=0.01):
    """g(z) = z if z > 0 else alpha z (a small slope so units never die)."""
    z = _f64(z)
    return np.where(z > 0, z, alpha * z)


def leaky_relu_grad(z, alpha=0.01):
    """g'(z) = 1 if z > 0 else alpha; at the kink z = 0 either side's value is right (it is never tested there)."""
    return np.where(_f64(z) > 0, 1.0, alpha)


def prelu(z, alpha):
    """Parametric ReLU: leaky ReLU whose slope alpha is learned.

    z (N, n), alpha a scalar or (n,) (one slope per unit, broadcast over the batch):
    g(z) = z if z > 0 else alpha z.
    """
    return leaky_relu(z, _f64(alpha))


def prelu_grad(z, alpha):
    """dg/dz = 1 if z > 0 else alpha (shapes as in prelu)."""
    return leaky_relu_grad(z, _f64(alpha))


def prelu_alpha_grad(z):
    """dg/dalpha elementwise = 0 if z > 0 else z, shape of z.

    The slope's gradient sums this over what alpha is shared by:
    dL/dalpha = sum_n dA[n] * prelu_alpha_grad(Z)[n] for a per-unit alpha (n,),
    and the sum over everything for a scalar alpha.
    """
    z = _f64(z)
    return np.where(z > 0, 0.0, z)


def _normal_cdf(z):
    """Phi(z) = (1 + erf(z / sqrt 2)) / 2, the standard normal CDF."""
    return 0.5 * (1.0 + erf(z / np.sqrt(2.0)))


def gelu(z):
    """Exact GELU: g(z) = z Phi(z) = z (1 + erf(z / sqrt 2)) / 2; minimum ~ -0.17."""
    z = _f64(z)
    return z * _normal_cdf(z)


def gelu_grad(z):
    """g'(z) = Phi(z) + z phi(z), with phi(z) = exp(-z^2/2) / sqrt(2 pi) the normal density."""
    z = _f64(z)
    # the density underflows to 0 for |z| > 38, its correct value
    with np.errstate(under="ignore"):
        density = np.exp(-0.5 * z * z) / np.sqrt(2.0 * np.pi)
        return _normal_cdf(z) + z * density


def gelu_tanh(z):
    """GELU, tanh approximation: g(z) = z (1 + tanh u) / 2, u = sqrt(2/pi) (z + 0.044715 z^3)."""
    # z (1 + tanh u) / 2 = z sigmoid(2u): 1 + tanh u cancels for u below about -8 (z below about -5; 0 below -8,
    # where g is still ~z exp(2u)); the sigmoid keeps every digit until genuine underflow
    z = _f64(z)
    u = _SQRT_2_OVER_PI * (z + _GELU_CUBIC * z**3)
    return z * sigmoid(2.0 * u)


def gelu_tanh_grad(z):
    """g'(z) = (1 + tanh u) / 2 + z (1 - tanh^2 u) sqrt(2/pi) (1 + 3 * 0.044715 z^2) / 2."""
    # with s = (1 + tanh u) / 2 = sigmoid(2u) and 1 - tanh^2 u = 4 s (1 - s) = 4 s sigmoid(-2u):
    # g'(z) = s (1 + 2 z u' sigmoid(-2u)). 1 + tanh u and 1 - tanh^2 u cancel for |u| above ~8 (to 0 above 19,
    # z below about -5) where the true value is still ~exp(2u) z u'; this form keeps every digit until genuine
    # underflow (the rounding of u itself, amplified 2|u| times by exp, is all that is left)
    z = _f64(z)
    u = _SQRT_2_OVER_PI * (z + _GELU_CUBIC * z**3)
    du = _SQRT_2_OVER_PI * (1.0 + 3.0 * _GELU_CUBIC * z**2)
    return sigmoid(2.0 * u) * (1.0 + 2.0 * z * du * sigmoid(-2.0 * u))


@dataclass(frozen=True)
class Activation:
    """One registry entry.

    forward(Z) -> A, same shape; backward(dA, Z) -> dZ = dL/dZ given dA = dL/dA;
    grad(Z) -> dA/dZ elementwise, or None for softmax, where every output
    depends on every input of its row.
    """

    forward: Callable
    backward: Callable
    grad: Callable | None


def _elementwise(forward, grad):
    return Activation(forward=forward, backward=lambda dA, Z: dA * grad(Z), grad=grad)


# the activations a layer can name; prelu is not here because its alpha is a parameter
ACTIVATIONS = {
    "identity": _elementwise(identity, identity_grad),
    "step": _elementwise(step, step_grad),
    "sigmoid": _elementwise(sigmoid, sigmoid_grad),
    "tanh": _elementwise(tanh, tanh_grad),
    "relu": _elementwise(relu, relu_grad),
    "leaky_relu": _elementwise(leaky_relu, leaky_relu_grad),
    "gelu": _elementwise(gelu, gelu_grad),
    "gelu_tanh": _elementwise(gelu_tanh, gelu_tanh_grad),
    "softmax": Activation(forward=softmax, backward=softmax_backward, grad=None),
}


def get_activation(name):
    """The registry entry for `name`; ValueError naming the choices if unknown."""
    try:
        return ACTIVATIONS[name]
    except (KeyError, TypeError):
        raise ValueError(f"unknown activation {name!r}: use one of {', '.join(ACTIVATIONS)}") from None


def activation_forward(Z, name):
    """A = g(Z) for the activation called `name`. Z (N, n) -> (A (N, n), cache).

    cache = {"Z": Z, "activation": name} (plain data, as activation_backward expects).
    """
    Z = _f64(Z)
    return get_activation(name).forward(Z), {"Z": Z, "activation": name}


def activation_backward(dA, cache):
    """dZ = dL/dZ from dA = dL/dA (N, n) and the cache of activation_forward.

    Elementwise activations: dZ = dA * g'(Z). Softmax: dZ = s * (dA - sum(dA * s)).
    Any dict holding "Z" and "activation" works, e.g. a layer cache of mlp_forward.
    """
    return get_activation(cache["activation"]).backward(_f64(dA), cache["Z"])
