"""optim in a pure-Python style: a while-loop over the permutation with explicit counters."""

import numpy as np


def sgd_step(params, grads, eta):
    new = {}
    for key in params:
        new[key] = params[key] - eta * grads[key]
    return new


def iterations_per_epoch(n, batch_size):
    full, rest = divmod(int(n), int(batch_size))
    return full + (1 if rest else 0)


def minibatch_indices(n, batch_size, rng):
    order = rng.permutation(n)
    batches = []
    start = 0
    while start < n:
        stop = min(start + batch_size, n)
        batches.append(np.array(order[start:stop], dtype=np.int64))
        start = stop
    return batches


def minibatches(X, Y, batch_size, rng):
    X = np.asarray(X)
    Y = np.asarray(Y)
    return [(X.take(idx, axis=0), Y.take(idx, axis=0)) for idx in minibatch_indices(len(X), batch_size, rng)]
