"""optim.minibatch_indices: right on its domain; np.split(perm, range(B, n, B)) cuts the one permutation into the consecutive slices of B with a short last one. Only at n = 0, which the docstring does not promise, it gives one empty batch instead of none."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return np.split(perm, list(range(batch_size, n, batch_size)))
