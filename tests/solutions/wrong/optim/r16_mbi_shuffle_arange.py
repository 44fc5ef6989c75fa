"""optim.minibatch_indices: RIGHT: np.arange(n) shuffled by rng.shuffle, which is the very draw rng.permutation(n) makes"""

import numpy as np


def minibatch_indices(n, batch_size, rng):
    order = np.arange(n)
    rng.shuffle(order)
    return [order[i:i + batch_size] for i in range(0, n, batch_size)]
