"""MLP forward as a fold (functools.reduce) over small layer objects."""

import functools

import numpy as np


def _sigmoid(z):
    # (1 + tanh(z/2)) / 2: no exp, so no overflow at any |z|
    return 0.5 * (1.0 + np.tanh(0.5 * z))


_ACTIVATIONS = {
    "identity": lambda z: z.copy(),
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "relu": lambda z: np.maximum(z, 0.0),
}


class _Layer:
    def __init__(self, W, b, name):
        if name not in _ACTIVATIONS:
            raise ValueError(f"unknown activation {name!r}")
        self.W, self.b, self.name = W, b, name

    def __call__(self, state):
        A_prev, caches = state
        Z = A_prev @ self.W + self.b
        caches.append({"A_prev": A_prev, "W": self.W, "b": self.b, "Z": Z, "activation": self.name})
        return _ACTIVATIONS[self.name](Z), caches


def mlp_forward(X, params, activations):
    """Run X (N, n0) through every layer of a network of any depth L. Returns (out (N, nL), caches).

    X may hold values of any size (e.g. 1000): every activation must then saturate
    without overflow, NaN or warnings.

    params: {"W1": (n0, n1), "b1": (n1,), ..., "WL": (n_{L-1}, nL), "bL": (nL,)};
    activations: L names such as "identity", "sigmoid", "tanh", "relu", one per layer.
    For l = 1..L: Z_l = A_{l-1} W_l + b_l, A_l = g_l(Z_l), with A_0 = X; out = A_L.
    caches: a list of L dicts, layer l's being
    {"A_prev": A_{l-1} (N, n_{l-1}), "W": W_l, "b": b_l, "Z": Z_l (N, n_l), "activation": its name}.
    """
    layers = [_Layer(params[f"W{l}"], params[f"b{l}"], name) for l, name in enumerate(activations, start=1)]
    start = (np.asarray(X, dtype=np.float64), [])
    return functools.reduce(lambda state, layer: layer(state), layers, start)
