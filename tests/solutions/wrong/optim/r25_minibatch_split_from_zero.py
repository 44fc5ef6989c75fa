"""optim.minibatch_indices: the cut points start at 0 (np.arange(0, n, B)), so np.split returns an empty first piece and
one batch too many."""


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return np.split(perm, np.arange(0, n, batch_size))
