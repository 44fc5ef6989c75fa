"""SGD with copies and out=; index arrays as int64 (scalars style)."""

import numpy as np


def sgd_step(params, grads, eta):
    new = {}
    for k in params:
        w = np.array(params[k], dtype=np.float64)
        np.subtract(w, np.float64(eta) * np.asarray(grads[k], dtype=np.float64), out=w)
        new[k] = w
    return new


def iterations_per_epoch(n, batch_size):
    return np.int64(-(-np.int64(n) // np.int64(batch_size)))


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n).astype(np.int64)
    return [perm[s:s + batch_size].copy() for s in range(0, n, batch_size)]


def minibatches(X, Y, batch_size, rng):
    X, Y = np.asarray(X), np.asarray(Y)
    return [(X[i].copy(), Y[i].copy()) for i in minibatch_indices(X.shape[0], batch_size, rng)]
