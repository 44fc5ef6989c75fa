"""optim.minibatch_indices: evens out the batch sizes (size ceil(n / k) for k = ceil(n / B) batches) instead of batches of B with a shorter last one."""

import math


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    k = math.ceil(n / batch_size)
    size = math.ceil(n / k) if k else batch_size
    return [perm[i:i + size] for i in range(0, n, size)]
