"""optim.minibatch_indices: sorts each slice of the permutation, so the batches hold the right index sets but not perm[0:B], perm[B:2B], ... in order."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return [np.sort(perm[s:s + batch_size]) for s in range(0, n, batch_size)]
