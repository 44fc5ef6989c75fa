"""Correct solution, style r5: the forward pass written as a recursion over the layers."""

import numpy as np

_ACTIVATIONS = {
    "identity": lambda z: z,
    "sigmoid": lambda z: np.exp(-np.logaddexp(0.0, -z)),
    "tanh": np.tanh,
    "relu": lambda z: np.where(z > 0, z, 0.0),
    "leaky_relu": lambda z: np.where(z > 0, z, 0.01 * z),
}


def _from_layer(A, params, activations, l):
    """Output and caches of layers l..L given A = A_{l-1}."""
    if l > len(activations):
        return A, []
    W, b, name = params["W%d" % l], params["b%d" % l], activations[l - 1]
    Z = A.dot(W) + b
    out, rest = _from_layer(_ACTIVATIONS[name](Z), params, activations, l + 1)
    return out, [{"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name}] + rest


def mlp_forward(X, params, activations):
    return _from_layer(np.asarray(X, dtype=np.float64), params, list(activations), 1)
