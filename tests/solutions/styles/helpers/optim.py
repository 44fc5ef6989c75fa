"""SGD and mini-batches from helpers (helpers style)."""

import numpy as np


def _ceil_div(a, b):
    return (a + b - 1) // b


def _bounds(n, batch_size):
    return [(i * batch_size, min(n, (i + 1) * batch_size)) for i in range(_ceil_div(n, batch_size))]


def sgd_step(params, grads, eta):
    return {k: np.asarray(v, dtype=np.float64) - eta * np.asarray(grads[k], dtype=np.float64)
            for k, v in params.items()}


def iterations_per_epoch(n, batch_size):
    return _ceil_div(n, batch_size)


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return [perm[lo:hi] for lo, hi in _bounds(n, batch_size)]


def minibatches(X, Y, batch_size, rng):
    return [(X[i], Y[i]) for i in minibatch_indices(len(X), batch_size, rng)]
