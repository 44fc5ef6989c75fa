"""optim.minibatches: np.take without axis indexes the RAVEL of X and Y, so a batch of a 2-D X is single entries of its
first row(s), shape (B,), instead of whole rows (B, d)."""


def minibatches(X, Y, batch_size, rng):
    perm = rng.permutation(len(X))
    cuts = np.arange(batch_size, len(X), batch_size)
    return [(np.take(X, i), np.take(Y, i)) for i in (np.split(perm, cuts) if len(X) else [])]
