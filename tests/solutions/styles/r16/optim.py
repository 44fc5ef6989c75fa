"""SGD and mini-batches, JAX style: a tree_map over the parameter dict, pure functions."""

import numpy as np


def _tree_map(f, *trees):
    return {k: f(*(t[k] for t in trees)) for k in trees[0]}


def sgd_step(params, grads, eta):
    return _tree_map(lambda p, g: np.subtract(p, np.multiply(eta, g)), params, grads)


def iterations_per_epoch(n, batch_size):
    q, r = divmod(int(n), int(batch_size))
    return q + (r > 0)


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    starts = range(0, iterations_per_epoch(n, batch_size) * batch_size, batch_size)
    return [perm[s:s + batch_size] for s in starts]


def minibatches(X, Y, batch_size, rng):
    return [(np.take(X, idx, axis=0), np.take(Y, idx, axis=0))
            for idx in minibatch_indices(len(X), batch_size, rng)]
