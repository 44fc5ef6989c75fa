"""optim.minibatch_indices: Right: np.split(perm, range(B, n, B)) gives the same consecutive slices (views of one permutation)."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return np.split(perm, range(batch_size, n, batch_size))
