"""Correct solution of exercises/optim.py, functional style: np.split of the permutation, integer ceiling by floor division."""

import numpy as np


def sgd_step(params, grads, eta):
    return {k: np.subtract(params[k], np.multiply(eta, grads[k])) for k in params}


def iterations_per_epoch(n, batch_size):
    return -(-n // batch_size)


def minibatch_indices(n, batch_size, rng):
    return np.split(rng.permutation(n), range(batch_size, n, batch_size))


def minibatches(X, Y, batch_size, rng):
    return [(X[idx], Y[idx]) for idx in minibatch_indices(len(X), batch_size, rng)]
