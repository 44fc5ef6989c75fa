"""SGD and mini-batches with explicit while/for loops (loops style)."""

import math

import numpy as np


def sgd_step(params, grads, eta):
    new = {}
    for key in params:
        new[key] = np.asarray(params[key], dtype=np.float64) - eta * np.asarray(grads[key], dtype=np.float64)
    return new


def iterations_per_epoch(n, batch_size):
    return math.ceil(n / batch_size)


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    batches = []
    start = 0
    while start < n:
        batches.append(perm[start:start + batch_size])
        start += batch_size
    return batches


def minibatches(X, Y, batch_size, rng):
    out = []
    for idx in minibatch_indices(len(X), batch_size, rng):
        out.append((X[idx], Y[idx]))
    return out
