"""A correct student solution of exercises/mlp.py: a dataclass per layer, a dispatch dict and recursion."""

from dataclasses import dataclass

import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


_G = {
    "identity": lambda z: z.copy(),
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "relu": lambda z: np.where(z > 0, z, 0.0),
}


@dataclass
class _Layer:
    W: np.ndarray
    b: np.ndarray
    activation: str

    def __call__(self, A_prev):
        Z = A_prev @ self.W + self.b
        cache = {"A_prev": A_prev, "W": self.W, "b": self.b, "Z": Z, "activation": self.activation}
        return _G[self.activation](Z), cache


def _run(A, layers):
    if not layers:
        return A, []
    out, cache = layers[0](A)
    final, rest = _run(out, layers[1:])
    return final, [cache] + rest


def mlp_forward(X, params, activations):
    layers = [_Layer(params["W%d" % (i + 1)], params["b%d" % (i + 1)], name)
              for i, name in enumerate(activations)]
    return _run(np.asarray(X, dtype=np.float64), layers)
