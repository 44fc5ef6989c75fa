"""optim.minibatch_indices: Right: np.split of the one permutation at B, 2B, ... gives the same consecutive slices, the last one shorter."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    if n == 0:
        return []
    return np.split(perm, np.arange(batch_size, n, batch_size))
