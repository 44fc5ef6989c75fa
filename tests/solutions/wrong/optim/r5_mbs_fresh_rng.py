"""optim.minibatches: minibatches shuffles with a new default_rng(0) instead of the given rng."""

def minibatches(X, Y, batch_size, rng):
    return [(X[i], Y[i]) for i in minibatch_indices(len(X), batch_size, np.random.default_rng(0))]
