"""MLP backward, written with GradientTape thinking: record the ops of the forward pass on a tape, replay it backwards."""

import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _sigmoid_grad(z):
    s = _sigmoid(z)
    return s * (1.0 - s)


_DERIVATIVES = {
    "identity": np.ones_like,
    "sigmoid": _sigmoid_grad,
    "tanh": lambda z: 1.0 - np.tanh(z) ** 2,
    "relu": lambda z: (z > 0).astype(np.float64),
}


def _record(caches):
    """The tape: for each layer its matmul + bias, then its activation, in forward order."""
    tape = []
    for l, cache in enumerate(caches, start=1):
        tape.append(("dense", l, cache))
        tape.append(("activation", l, cache))
    return tape


def mlp_backward(dout, caches):
    grads = {}
    upstream = np.asarray(dout, dtype=np.float64)
    for op, l, cache in reversed(_record(caches)):
        if op == "activation":
            Z = np.asarray(cache["Z"], dtype=np.float64)
            upstream = upstream * _DERIVATIVES[cache["activation"]](Z)
        else:
            A_prev = np.asarray(cache["A_prev"], dtype=np.float64)
            W = np.asarray(cache["W"], dtype=np.float64)
            grads[f"W{l}"] = A_prev.T @ upstream
            grads[f"b{l}"] = upstream.sum(axis=0)
            upstream = upstream @ W.T
    return grads
