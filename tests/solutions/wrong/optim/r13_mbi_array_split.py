"""optim.minibatch_indices: np.array_split into ceil(n/B) near-equal pieces, not consecutive slices of B (sizes 4,3,3 instead of 4,4,2 for n=10, B=4)"""
import numpy as np


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    k = -(-n // batch_size)
    return np.array_split(perm, k)
