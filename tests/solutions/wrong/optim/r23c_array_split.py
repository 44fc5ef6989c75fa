"""optim.minibatch_indices: np.array_split into ceil(n/B) pieces balances sizes (10, B=4 -> 4, 3, 3) instead of B-sized slices."""


import math


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return np.array_split(perm, math.ceil(n / batch_size))
