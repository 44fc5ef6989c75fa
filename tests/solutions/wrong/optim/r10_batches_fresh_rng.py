"""optim.minibatch_indices: shuffles with a new default_rng() per call instead of the given rng"""

import numpy as np


def minibatch_indices(n, batch_size, rng):
    perm = np.random.default_rng().permutation(n)
    return [perm[s:s + batch_size] for s in range(0, n, batch_size)]
