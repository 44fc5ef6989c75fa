"""optim.minibatch_indices: RIGHT: shuffles np.arange(n) with rng.shuffle, the same draw as rng.permutation(n)"""
import numpy as np


def minibatch_indices(n, batch_size, rng):
    order = np.arange(n)
    rng.shuffle(order)
    return [order[i:i + batch_size] for i in range(0, n, batch_size)]
