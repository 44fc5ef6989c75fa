"""MLP forward, written Chollet-style: a NaiveDense per layer and a NaiveSequential that calls them in order."""

import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


_ACTIVATIONS = {
    "identity": lambda z: z.copy(),
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "relu": lambda z: np.maximum(z, 0.0),
}


class _NaiveDense:
    def __init__(self, W, b, activation):
        self.W = np.asarray(W, dtype=np.float64)
        self.b = np.asarray(b, dtype=np.float64)
        self.activation = activation

    def __call__(self, inputs):
        assert inputs.shape[1] == self.W.shape[0]
        Z = np.dot(inputs, self.W) + self.b
        A = _ACTIVATIONS[self.activation](Z)
        cache = {"A_prev": inputs, "W": self.W, "b": self.b, "Z": Z, "activation": self.activation}
        return A, cache


class _NaiveSequential:
    def __init__(self, layers):
        self.layers = layers

    def __call__(self, inputs):
        caches = []
        x = inputs
        for layer in self.layers:
            x, cache = layer(x)
            caches.append(cache)
        return x, caches


def mlp_forward(X, params, activations):
    model = _NaiveSequential([
        _NaiveDense(params[f"W{l}"], params[f"b{l}"], name)
        for l, name in enumerate(activations, start=1)
    ])
    return model(np.asarray(X, dtype=np.float64))
