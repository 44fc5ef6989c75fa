"""optim.minibatch_indices: right: [perm[i:i + B] for i in range(0, n, B)] gives the same consecutive slices, the last one shorter"""

import numpy as np


def minibatch_indices(n, batch_size, rng):
    """One shuffle, then strided slices."""
    perm = rng.permutation(n)
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
