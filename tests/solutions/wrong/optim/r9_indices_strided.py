"""optim.minibatch_indices: deals the permutation out round-robin (perm[i::k] for k batches) instead of cutting consecutive slices."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    k = -(-n // batch_size)
    return [perm[i::k] for i in range(k)]
