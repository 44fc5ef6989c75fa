"""SGD and mini-batches (noisy style): prints progress."""

import math

import numpy as np

print("optim.py loaded")


def sgd_step(params, grads, eta):
    """w - eta g for every key."""
    print("sgd_step eta =", eta)
    return {k: np.asarray(params[k], dtype=np.float64) - eta * np.asarray(grads[k], dtype=np.float64) for k in params}


def iterations_per_epoch(n, batch_size):
    """ceil(n / B)."""
    it = math.ceil(n / batch_size)
    print(f"{n} examples, batch {batch_size}: {it} iterations")
    return it


def minibatch_indices(n, batch_size, rng):
    """One permutation, sliced."""
    perm = rng.permutation(n)
    out = [perm[i * batch_size:(i + 1) * batch_size] for i in range(iterations_per_epoch(n, batch_size))]
    print("batch sizes:", [len(b) for b in out])
    return out


def minibatches(X, Y, batch_size, rng):
    """Rows of X and Y picked by minibatch_indices."""
    return [(X[b], Y[b]) for b in minibatch_indices(len(X), batch_size, rng)]


print(sgd_step({"w": 4.0}, {"w": 6.0}, 0.1))
