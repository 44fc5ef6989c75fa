"""optim in an itertools/operator style: the epoch's batches as an accumulate over batch sizes."""

import operator
from functools import partial
from itertools import accumulate, repeat

import numpy as np


def sgd_step(params, grads, eta):
    keys = list(params)
    scaled = map(partial(operator.mul, eta), map(grads.__getitem__, keys))
    return dict(zip(keys, map(operator.sub, map(params.__getitem__, keys), scaled)))


def iterations_per_epoch(n, batch_size):
    return int(-(-n // batch_size))


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    count = iterations_per_epoch(n, batch_size)
    starts = accumulate(repeat(batch_size, count), initial=0)
    return [perm[s:s + batch_size] for s, _ in zip(starts, range(count))]


def minibatches(X, Y, batch_size, rng):
    take = operator.itemgetter
    return [(take(idx)(X), take(idx)(Y)) for idx in minibatch_indices(len(X), batch_size, rng)]
