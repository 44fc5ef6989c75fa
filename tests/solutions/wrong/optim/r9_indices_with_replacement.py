"""optim.minibatch_indices: draws rng.integers(0, n, n), indices with replacement instead of one permutation: some rows twice, some never."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.integers(0, n, size=n)
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
