"""optim.minibatch_indices: a MATLAB port: randperm's 1-based indices 1..n (rng.permutation(n) + 1)"""

import numpy as np


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n) + 1
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
