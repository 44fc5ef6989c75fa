"""SGD and mini-batches (einsum style)."""

import numpy as np


def sgd_step(params, grads, eta):
    return {k: np.asarray(params[k], dtype=np.float64) - eta * np.asarray(grads[k], dtype=np.float64)
            for k in params}


def iterations_per_epoch(n, batch_size):
    return int(-(-n // batch_size))


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]


def minibatches(X, Y, batch_size, rng):
    X = np.asarray(X)
    Y = np.asarray(Y)
    return [(X[idx], Y[idx]) for idx in minibatch_indices(X.shape[0], batch_size, rng)]
