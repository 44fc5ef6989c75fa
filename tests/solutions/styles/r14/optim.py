"""optim with operator/functools, integer ceiling by negated floor division, and range-stepped slices."""

import operator

import numpy as np


def sgd_step(params, grads, eta):
    return {k: operator.sub(params[k], operator.mul(eta, grads[k])) for k in params}


def iterations_per_epoch(n, batch_size):
    return -(-int(n) // int(batch_size))


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return [perm[start:start + batch_size] for start in range(0, n, batch_size)]


def minibatches(X, Y, batch_size, rng):
    X = np.asarray(X)
    Y = np.asarray(Y)
    return [(X[idx], Y[idx]) for idx in minibatch_indices(X.shape[0], batch_size, rng)]
