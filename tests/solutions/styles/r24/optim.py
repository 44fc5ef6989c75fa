"""Gradient descent as discretised gradient flow (r24 style: a physicist after Mehta et al.).

dw/dt = -grad E(w), integrated with the explicit Euler step of size eta; a
mini-batch epoch is one sweep through a random permutation of the sample.
"""

import numpy as np


def sgd_step(params, grads, eta):
    # Euler step of the gradient flow; the arithmetic builds new arrays, never touching params
    return {k: np.asarray(params[k], dtype=np.float64) - eta * np.asarray(grads[k], dtype=np.float64) for k in params}


def iterations_per_epoch(n, batch_size):
    return -(-n // batch_size)


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return [perm[s:s + batch_size] for s in range(0, n, batch_size)]


def minibatches(X, Y, batch_size, rng):
    X = np.asarray(X)
    Y = np.asarray(Y)
    return [(X[idx], Y[idx]) for idx in minibatch_indices(len(X), batch_size, rng)]
