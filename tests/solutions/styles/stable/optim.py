"""SGD; mini-batches by np.array_split at multiples of B (stable style)."""

import numpy as np


def sgd_step(params, grads, eta):
    return {k: np.subtract(params[k], np.multiply(eta, grads[k]), dtype=np.float64) for k in params}


def iterations_per_epoch(n, batch_size):
    q, r = divmod(n, batch_size)
    return q + (1 if r else 0)


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return np.split(perm, np.arange(batch_size, n, batch_size))


def minibatches(X, Y, batch_size, rng):
    X, Y = np.asarray(X), np.asarray(Y)
    return [(np.take(X, i, axis=0), np.take(Y, i, axis=0)) for i in minibatch_indices(len(X), batch_size, rng)]
