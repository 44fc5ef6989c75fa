"""optim.minibatch_indices: np.array_split(perm, ceil(n/B)) balances the sizes (10, B=4 -> 4, 3, 3) instead of full batches of B then the rest."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return np.array_split(perm, iterations_per_epoch(n, batch_size))
