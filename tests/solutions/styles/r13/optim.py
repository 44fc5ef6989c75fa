"""optim, written with explicit loops and integer arithmetic (style r13)."""

import numpy as np


def sgd_step(params, grads, eta):
    # a fresh dict every call; np.add with the negated step builds new values
    stepped = {}
    for key in params:
        stepped[key] = np.add(params[key], np.multiply(-eta, grads[key]))
    return stepped


def iterations_per_epoch(n, batch_size):
    # ceiling division on ints: exact for any n, no float rounding
    return -(-n // batch_size)


def minibatch_indices(n, batch_size, rng):
    order = np.arange(n)
    rng.shuffle(order)  # the same stream as rng.permutation(n)
    starts = range(0, iterations_per_epoch(n, batch_size) * batch_size, batch_size)
    return [order[s:s + batch_size] for s in starts]


def minibatches(X, Y, batch_size, rng):
    pairs = []
    for idx in minibatch_indices(len(X), batch_size, rng):
        pairs.append((np.take(X, idx, axis=0), np.take(Y, idx, axis=0)))
    return pairs
