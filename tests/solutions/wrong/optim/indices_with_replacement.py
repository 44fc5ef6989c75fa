"""optim.minibatch_indices: samples with replacement (rng.integers) so some indices repeat and others are missing."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.integers(0, n, size=n)
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
