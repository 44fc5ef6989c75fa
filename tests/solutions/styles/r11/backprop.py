"""A correct student solution of exercises/backprop.py: recursion from the last layer, einsum products."""

import numpy as np


def _sig(z):
    return np.exp(-np.logaddexp(0.0, -z))


_DG = {
    "identity": lambda z: np.ones_like(z),
    "sigmoid": lambda z: _sig(z) * _sig(-z),
    "tanh": lambda z: 1.0 - np.tanh(z) ** 2,
    "relu": lambda z: (z > 0).astype(np.float64),
}


def _back(dA, caches, grads):
    if not caches:
        return grads
    l = len(caches)
    c = caches[-1]
    Z = np.asarray(c["Z"], dtype=np.float64)
    delta = dA * _DG[c["activation"]](Z)
    grads[f"W{l}"] = np.einsum("ni,no->io", np.asarray(c["A_prev"], dtype=np.float64), delta)
    grads[f"b{l}"] = np.einsum("no->o", delta)
    return _back(np.einsum("no,io->ni", delta, np.asarray(c["W"], dtype=np.float64)), caches[:-1], grads)


def mlp_backward(dout, caches):
    grads = _back(np.asarray(dout, dtype=np.float64), list(caches), {})
    return {k: grads[k] for l in range(1, len(caches) + 1) for k in (f"W{l}", f"b{l}")}
