"""optim.minibatch_indices: np.array_split of the permutation into ceil(n / B) blocks of near-equal size (block LMS's equal blocks), not consecutive slices of B with a short last one."""
import numpy as np


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return np.array_split(perm, -(-n // batch_size))
