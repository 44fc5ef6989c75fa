"""optim.minibatch_indices: slices np.arange(n) without shuffling."""

def minibatch_indices(n, batch_size, rng):
    perm = np.arange(n)
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
