"""Gradient descent and mini-batches, written by an APL/J mind: ceiling division as the negated floor of the
negated quotient, an epoch as the partition of one permutation at the multiples of B (np.split at the cut
points), rows picked with np.take along the first axis.
"""

import numpy as np


def sgd_step(params, grads, eta):
    return {k: np.subtract(params[k], np.multiply(eta, grads[k])) for k in params}


def iterations_per_epoch(n, batch_size):
    return int(-(-n // batch_size))


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    if n == 0:
        return []
    # cut points B, 2B, ... below n: np.split makes the consecutive pieces
    return np.split(perm, np.arange(batch_size, n, batch_size))


def minibatches(X, Y, batch_size, rng):
    return [(np.take(X, i, axis=0), np.take(Y, i, axis=0)) for i in minibatch_indices(len(X), batch_size, rng)]
