"""optim.minibatch_indices: rng.integers(0, n, n) draws with replacement: indices repeat and others never appear."""


def minibatch_indices(n, batch_size, rng):
    perm = rng.integers(0, n, n)
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
