"""optim.minibatch_indices: pads the last, partial batch to full size with indices from the start of the permutation (wrap-around), so some indices appear twice."""

import numpy as np


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    batches = []
    for i in range(0, n, batch_size):
        b = perm[i:i + batch_size]
        if len(b) < batch_size:
            b = np.concatenate([b, perm[:batch_size - len(b)]])
        batches.append(b)
    return batches
