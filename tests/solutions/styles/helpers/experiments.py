"""Vanishing gradients with an activation registry and a layer-stack helper (helpers style)."""

import numpy as np

_DERIVATIVES = {}


def _derivative(name):
    def register(fn):
        _DERIVATIVES[name] = fn
        return fn
    return register


@_derivative("sigmoid")
def _sigmoid_grad(z):
    s = np.where(z >= 0, 1.0 / (1.0 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1.0 + np.exp(-np.abs(z))))
    return s * (1.0 - s)


@_derivative("tanh")
def _tanh_grad(z):
    # sech^2 z = 4 e^{-2|z|} / (1 + e^{-2|z|})^2, no overflow of cosh
    e = np.exp(-2.0 * np.abs(z))
    return 4.0 * e / (1.0 + e) ** 2


@_derivative("relu")
def _relu_grad(z):
    return np.heaviside(z, 0.0)


@_derivative("leaky_relu")
def _leaky_grad(z):
    return np.where(z > 0, 1.0, 0.01)


@_derivative("identity")
def _identity_grad(z):
    return np.ones_like(z)


def derivative_product(z_per_layer, activation="sigmoid"):
    return float(np.prod(_DERIVATIVES[activation](np.asarray(z_per_layer, dtype=np.float64))))


def _he_layer(rng, width, scale):
    return scale * np.sqrt(2.0 / width) * rng.standard_normal((width, width))


def _relu_stack_stds(x, rng, scale, n_layers, width):
    a, stds = x, []
    for _ in range(n_layers):
        a = np.maximum(a @ _he_layer(rng, width, scale), 0.0)
        stds.append(a.std())
    return np.asarray(stds, dtype=np.float64)


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    x = rng.standard_normal((batch, width))
    return {scale: _relu_stack_stds(x, rng, scale, n_layers, width) for scale in scales}
