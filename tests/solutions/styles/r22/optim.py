"""Gradient descent and mini-batches, np.matrix-era: np.subtract / np.multiply, plain arrays out."""

import math

import numpy as np


def sgd_step(params, grads, eta):
    """new[k] = params[k] - eta * grads[k]; a new dict, inputs unchanged."""
    return {k: np.subtract(params[k], np.multiply(eta, grads[k])) for k in params}


def iterations_per_epoch(n, batch_size):
    """ceil(n / batch_size)."""
    return int(math.ceil(n / float(batch_size)))


def minibatch_indices(n, batch_size, rng):
    """perm = rng.permutation(n), then consecutive slices of batch_size."""
    perm = rng.permutation(n)
    return [perm[i * batch_size:(i + 1) * batch_size] for i in range(iterations_per_epoch(n, batch_size))]


def minibatches(X, Y, batch_size, rng):
    """[(X_b, Y_b), ...] with rows picked by minibatch_indices."""
    X, Y = np.asarray(X), np.asarray(Y)
    return [(np.take(X, idx, axis=0), np.take(Y, idx, axis=0))
            for idx in minibatch_indices(X.shape[0], batch_size, rng)]
