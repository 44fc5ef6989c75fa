"""Exercise: the gradient-descent step and one epoch of shuffled mini-batches.

sgd_step returns a new dict on every call, eta = 0 included (then its values
equal params'): never the caller's own dict.
"""

import numpy as np


def sgd_step(params, grads, eta):
    """One gradient-descent step on a parameter dict: new[k] = params[k] - eta * grads[k].

    params, grads: dicts of arrays (or numbers) with the same keys and shapes.
    Returns a new dict; the inputs are left unchanged. Example: w = 4, eta = 0.1,
    gradient 6 -> 3.4.
    """
    raise NotImplementedError


def iterations_per_epoch(n, batch_size):
    """Updates in one epoch: ceil(n / batch_size) (the last, partial batch counts)."""
    raise NotImplementedError


def minibatch_indices(n, batch_size, rng):
    """One epoch of mini-batches as index arrays.

    perm = rng.permutation(n) (the epoch's single shuffle), then consecutive
    slices perm[0:B], perm[B:2B], ...; the last slice may be shorter. Every index
    0..n-1 appears exactly once. Returns a list of iterations_per_epoch(n, B) int arrays.
    """
    raise NotImplementedError


def minibatches(X, Y, batch_size, rng):
    """One epoch of mini-batches [(X_b, Y_b), ...] with X (N, ...), Y (N, ...), rows picked by minibatch_indices."""
    raise NotImplementedError
