"""optim.minibatch_indices: RIGHT: rng.shuffle(np.arange(n)) draws the same permutation as rng.permutation(n)"""

import numpy as np


def minibatch_indices(n, batch_size, rng):
    order = np.arange(n)
    rng.shuffle(order)
    return [order[s:s + batch_size] for s in range(0, n, batch_size)]
