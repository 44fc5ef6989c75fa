"""optim.minibatch_indices: range(0, n - batch_size + 1, batch_size) stops before the last, partial slice; those indices never appear."""


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return [perm[i:i + batch_size] for i in range(0, n - batch_size + 1, batch_size)]
