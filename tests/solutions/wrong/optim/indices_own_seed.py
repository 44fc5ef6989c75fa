"""optim.minibatch_indices: ignores the given rng and shuffles with np.random.default_rng(0)."""

def minibatch_indices(n, batch_size, rng):
    perm = np.random.default_rng(0).permutation(n)
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
