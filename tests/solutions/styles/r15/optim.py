"""Gradient descent and shuffled mini-batches, PyTorch-DataLoader style.

The batches come from a small sampler class (like torch's BatchSampler over a
RandomSampler); the public functions materialise what it yields.
"""

import operator

import numpy as np


def sgd_step(params, grads, eta):
    # a fresh dict every time; subtract builds new arrays (or numbers)
    return {name: operator.sub(value, operator.mul(eta, grads[name])) for name, value in params.items()}


def iterations_per_epoch(n, batch_size):
    # ceiling division in integers: no float rounding for large n
    return -(-n // batch_size)


class _BatchSampler:
    def __init__(self, n, batch_size, rng):
        self.n, self.batch_size, self.rng = n, batch_size, rng

    def __iter__(self):
        order = self.rng.permutation(self.n)
        start = 0
        while start < self.n:
            yield order[start:start + self.batch_size]
            start += self.batch_size


def minibatch_indices(n, batch_size, rng):
    return list(_BatchSampler(n, batch_size, rng))


def minibatches(X, Y, batch_size, rng):
    X, Y = np.asarray(X), np.asarray(Y)
    return [(np.take(X, idx, axis=0), np.take(Y, idx, axis=0)) for idx in _BatchSampler(len(X), batch_size, rng)]
