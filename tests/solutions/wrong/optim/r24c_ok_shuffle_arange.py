"""optim.minibatch_indices: Right: rng.shuffle(np.arange(n)) draws exactly the permutation rng.permutation(n) draws; slices of B with a short last one."""

import numpy as np


def minibatch_indices(n, batch_size, rng):
    order = np.arange(n)
    rng.shuffle(order)
    return [order[i:i + batch_size] for i in range(0, n, batch_size)]
