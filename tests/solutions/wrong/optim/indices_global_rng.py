"""optim.minibatch_indices: shuffles with the global np.random instead of rng."""

def minibatch_indices(n, batch_size, rng):
    perm = np.random.permutation(n)
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
