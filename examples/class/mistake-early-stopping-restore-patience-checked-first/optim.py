"""A correct student solution of exercises/optim.py."""

import numpy as np


def sgd_step(params, grads, eta):
    return {k: params[k] - eta * grads[k] for k in params}


def iterations_per_epoch(n, batch_size):
    return int(np.ceil(n / batch_size))


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    batches = []
    for start in range(0, n, batch_size):
        batches.append(perm[start:start + batch_size])
    return batches


def minibatches(X, Y, batch_size, rng):
    return [(X[idx], Y[idx]) for idx in minibatch_indices(len(X), batch_size, rng)]
