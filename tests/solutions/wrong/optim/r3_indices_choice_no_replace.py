"""optim.minibatch_indices: shuffles with rng.choice(n, n, replace=False) instead of rng.permutation(n): a valid shuffle, but
not the one the docstring prescribes, so the batches differ from the reference for the same seed."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.choice(n, n, replace=False)
    return [perm[s:s + batch_size] for s in range(0, n, batch_size)]
