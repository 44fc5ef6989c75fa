"""optim.minibatch_indices: perm[i::n_batches] deals the permutation out round-robin instead of consecutive slices"""

import numpy as np


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    k = int(np.ceil(n / batch_size))
    return [perm[i::k] for i in range(k)]
