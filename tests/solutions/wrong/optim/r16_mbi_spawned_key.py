"""optim.minibatch_indices: JAX habit of splitting a fresh key per use: the permutation drawn from rng.spawn(1)[0], not from rng itself"""

import numpy as np


def minibatch_indices(n, batch_size, rng):
    (key,) = rng.spawn(1)
    perm = key.permutation(n)
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
