"""mlp.mlp_forward: Nielsen-style lists of weights and biases taken in the dict's insertion order, not by layer number"""

import numpy as np


def _r16do_sigmoid(z):
    return 0.5 * (1 + np.tanh(0.5 * z))


_R16DO_G = {"identity": lambda z: z, "sigmoid": _r16do_sigmoid, "tanh": np.tanh, "relu": lambda z: np.maximum(z, 0)}


def mlp_forward(X, params, activations):
    weights = [v for k, v in params.items() if k.startswith("W")]
    biases = [v for k, v in params.items() if k.startswith("b")]
    a, caches = X, []
    for W, b, name in zip(weights, biases, activations):
        z = a @ W + b
        caches.append({"A_prev": a, "W": W, "b": b, "Z": z, "activation": name})
        a = _R16DO_G[name](z)
    return a, caches
