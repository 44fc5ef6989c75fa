"""optim.minibatch_indices: np.array_split(perm, iterations) makes near-equal parts (10, 4 -> 4, 3, 3), not consecutive slices of B with a short last one."""

import numpy as np


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return np.array_split(perm, -(-n // batch_size))
