"""The SGD step and mini-batches as MIT 6.036/6.390 writes them, with data as (d, n) columns.

6.036's sgd picks column indices of X (d, n) and Y (1, n): `Xt[:, j:j+1]`. This student shuffles with
rng.permutation as the stub says, slices column blocks of the transposed data and transposes each batch
back to the stub's rows.
"""

import math

import numpy as np


def sgd_step(params, grads, eta):
    return {k: params[k] - eta * grads[k] for k in params}


def iterations_per_epoch(n, batch_size):
    return math.ceil(n / batch_size)


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return [perm[j:j + batch_size] for j in range(0, n, batch_size)]


def minibatches(X, Y, batch_size, rng):
    X = np.asarray(X)
    Y = np.asarray(Y)
    Xt = X.reshape(X.shape[0], -1).T                 # (d, n), one example per column
    Yt = Y.reshape(Y.shape[0], -1).T
    batches = []
    for idx in minibatch_indices(X.shape[0], batch_size, rng):
        batches.append((Xt[:, idx].T.reshape((len(idx),) + X.shape[1:]),
                        Yt[:, idx].T.reshape((len(idx),) + Y.shape[1:])))
    return batches
