"""Optimiser, written by a Julia-trained student: a mutating sgd_step! on a copy, 1-based batch numbers translated with care."""

import numpy as np


def _sgd_step_bang(params, grads, eta):
    """sgd_step!(params, grads, eta): updates params in place (the caller passes its own copy)."""
    for k in params:
        params[k] -= eta * np.asarray(grads[k], dtype=np.float64)


def sgd_step(params, grads, eta):
    new = {k: np.array(v, dtype=np.float64) for k, v in params.items()}   # deepcopy(params)
    _sgd_step_bang(new, grads, eta)
    # numbers stay numbers, as in Julia where a scalar never becomes a 0-d array
    return {k: (float(v) if np.ndim(params[k]) == 0 else v) for k, v in new.items()}


def iterations_per_epoch(n, batch_size):
    return -(-n // batch_size)            # cld(n, batch_size)


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    batches = []
    for k in range(1, iterations_per_epoch(n, batch_size) + 1):   # for k in 1:nb
        first = (k - 1) * batch_size                            # Julia (k-1)*B + 1, minus 1
        last = min(k * batch_size, n)                            # inclusive in Julia, exclusive here
        batches.append(perm[first:last])
    return batches


def minibatches(X, Y, batch_size, rng):
    X = np.asarray(X)
    Y = np.asarray(Y)
    return [(X[idx], Y[idx]) for idx in minibatch_indices(X.shape[0], batch_size, rng)]
