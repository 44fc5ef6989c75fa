"""optim.minibatch_indices: np.array_split balances the batch sizes instead of B, B, ..., remainder"""

import numpy as np


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    count = -(-n // batch_size)
    return list(np.array_split(perm, count)) if n else []
