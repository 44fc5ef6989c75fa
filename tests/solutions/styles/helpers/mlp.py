"""MLP forward with a Layer helper class and an activation registry (helpers style)."""

import numpy as np

_REGISTRY = {}


def _register(*names):
    def deco(fn):
        for n in names:
            _REGISTRY[n] = fn
        return fn
    return deco


@_register("identity", "linear")
def _identity(z):
    return z


@_register("sigmoid")
def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0, e) / (1.0 + e)


@_register("tanh")
def _tanh(z):
    return np.tanh(z)


@_register("relu")
def _relu(z):
    return np.maximum(z, 0.0)


@_register("leaky_relu")
def _leaky(z):
    return np.where(z > 0, z, 0.01 * z)


class _Layer:
    def __init__(self, params, index, activation):
        self.W = params[f"W{index}"]
        self.b = params[f"b{index}"]
        self.activation = activation

    def forward(self, A_prev):
        Z = A_prev @ self.W + self.b
        cache = {"A_prev": A_prev, "W": self.W, "b": self.b, "Z": Z, "activation": self.activation}
        return _REGISTRY[self.activation](Z), cache


def _layers(params, activations):
    return [_Layer(params, l, name) for l, name in enumerate(activations, start=1)]


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for layer in _layers(params, activations):
        A, cache = layer.forward(A)
        caches.append(cache)
    return A, caches
