"""optim.minibatch_indices: np.array_split into ceil(n/B) balanced pieces (sizes 4,3,3 for n=10, B=4) instead of consecutive slices of B"""
import numpy as np


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return np.array_split(perm, -(-n // batch_size))
