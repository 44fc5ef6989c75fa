"""optim.minibatch_indices: shuffles with a freshly seeded np.random.default_rng(0) instead of the given rng; every epoch gets the same order."""


def minibatch_indices(n, batch_size, rng):
    perm = np.random.default_rng(0).permutation(n)
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
