"""optim.minibatch_indices: np.array_split(perm, iterations) balances the sizes (10 by 4 -> 4, 3, 3, not 4, 4, 2)"""
import numpy as np


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return np.array_split(perm, -(-n // batch_size))
