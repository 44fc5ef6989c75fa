"""optim.minibatches: returns a generator, not a list: it can be walked only once and has no len()."""

def minibatches(X, Y, batch_size, rng):
    return ((X[idx], Y[idx]) for idx in minibatch_indices(len(X), batch_size, rng))
