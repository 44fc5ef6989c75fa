"""optim.minibatch_indices: RIGHT: rng.shuffle of np.arange(n) draws the same permutation as rng.permutation(n)"""
import numpy as np


def minibatch_indices(n, batch_size, rng):
    perm = np.arange(n)
    rng.shuffle(perm)
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
