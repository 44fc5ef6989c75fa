"""MLP backward decomposed into helpers: derivative table, one-layer step (helpers style)."""

import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0, e) / (1.0 + e)


_DERIVATIVES = {
    "identity": lambda z: np.ones_like(z),
    "linear": lambda z: np.ones_like(z),
    "sigmoid": lambda z: _sigmoid(z) * _sigmoid(-z),
    "tanh": lambda z: 1.0 - np.tanh(z) ** 2,
    "relu": lambda z: np.greater(z, 0).astype(np.float64),
    "leaky_relu": lambda z: np.where(z > 0, 1.0, 0.01),
}


def _layer_step(upstream, cache):
    """upstream = dL/dA_l -> (dW, db, dL/dA_{l-1})."""
    delta = upstream * _DERIVATIVES[cache["activation"]](cache["Z"])
    return cache["A_prev"].T @ delta, np.sum(delta, axis=0), delta @ cache["W"].T


def mlp_backward(dout, caches):
    grads = {}
    upstream = np.asarray(dout, dtype=np.float64)
    for index in range(len(caches), 0, -1):
        dW, db, upstream = _layer_step(upstream, caches[index - 1])
        grads[f"W{index}"], grads[f"b{index}"] = dW, db
    return grads
