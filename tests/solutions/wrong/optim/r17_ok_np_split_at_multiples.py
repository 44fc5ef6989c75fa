"""optim.minibatch_indices: RIGHT: np.split(perm, range(B, n, B)) cuts at B, 2B, ...: exactly perm[0:B], perm[B:2B], ..., the last one shorter.

Habit: Ng's complete batches plus end case, in one numpy call.
"""

import numpy as np


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return np.split(perm, range(batch_size, n, batch_size)) if n else []
