"""r11 style: optim with np.subtract into fresh arrays and slices from range()."""

import numpy as np


def sgd_step(params, grads, eta):
    new = {}
    for k, w in params.items():
        step = np.multiply(eta, grads[k])
        new[k] = np.subtract(w, step) if np.ndim(w) else float(w - step)
    return new


def iterations_per_epoch(n, batch_size):
    return -(-int(n) // int(batch_size))


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return [perm[start:start + batch_size] for start in range(0, n, batch_size)]


def minibatches(X, Y, batch_size, rng):
    X = np.asarray(X)
    Y = np.asarray(Y)
    return [(X[idx], Y[idx]) for idx in minibatch_indices(len(X), batch_size, rng)]
