"""optim.minibatch_indices: np.array_split(perm, n_batches) spreads the remainder over the batches (10, B=4 gives 4, 3, 3), not consecutive slices of B."""


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return list(np.array_split(perm, iterations_per_epoch(n, batch_size)))
