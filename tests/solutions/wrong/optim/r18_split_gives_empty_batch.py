"""optim.minibatch_indices: np.split(perm, range(B, n, B)) is right for n > 0, but for n = 0 it returns one empty batch where an epoch of no examples has iterations_per_epoch(0, B) = 0 batches."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return np.split(perm, list(range(batch_size, n, batch_size)))
