"""Correct solution of exercises/backprop.py, r4 style: derivatives from a table, the recursion walks the numbered caches from the top."""

import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


DERIVATIVES = {
    "identity": lambda z: np.ones_like(z, dtype=np.float64),
    "sigmoid": lambda z: _sigmoid(z) * (1.0 - _sigmoid(z)),
    "tanh": lambda z: 1.0 - np.tanh(z) ** 2,
    "relu": lambda z: np.where(z > 0, 1.0, 0.0),
}


def mlp_backward(dout, caches):
    grads = {}
    numbered = list(enumerate(caches, start=1))
    upstream = np.asarray(dout, dtype=np.float64)
    for l, cache in reversed(numbered):
        delta = upstream * DERIVATIVES[cache["activation"]](cache["Z"])
        grads[f"W{l}"] = np.einsum("ni,no->io", cache["A_prev"], delta)
        grads[f"b{l}"] = np.einsum("no->o", delta)
        upstream = np.einsum("no,io->ni", delta, cache["W"])
    return dict(sorted(grads.items(), key=lambda kv: (int(kv[0][1:]), kv[0][0] == "b")))
