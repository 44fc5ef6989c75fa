"""MLP forward, r8 style: a Sequential of layers folded with functools.reduce; activations as a name table of closures."""

import functools

import numpy as np


def _stable_sigmoid(z):
    # 0.5 * (1 + tanh(z/2)) equals 1/(1+e^-z) and never overflows
    return 0.5 * (1.0 + np.tanh(0.5 * z))


_ACTIVATIONS = {
    "identity": lambda z: z.copy(),
    "sigmoid": _stable_sigmoid,
    "tanh": np.tanh,
    "relu": lambda z: np.maximum(z, 0.0),
}


def _layer(W, b, name):
    """One layer as a closure: (A_prev, caches) -> (A, caches + [cache])."""
    g = _ACTIVATIONS[name]

    def forward(state):
        A_prev, caches = state
        Z = np.matmul(A_prev, W) + b
        cache = {"A_prev": A_prev, "W": W, "b": b, "Z": Z, "activation": name}
        return g(Z), caches + [cache]

    return forward


def mlp_forward(X, params, activations):
    X = np.asarray(X, dtype=np.float64)
    layers = [
        _layer(params["W%d" % l], params["b%d" % l], name)
        for l, name in enumerate(activations, start=1)
    ]
    out, caches = functools.reduce(lambda state, f: f(state), layers, (X, []))
    return out, caches
