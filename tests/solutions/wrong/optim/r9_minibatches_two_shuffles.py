"""optim.minibatches: calls minibatch_indices once for X and once for Y: X and Y rows shuffled by two different permutations, pairs broken."""

def minibatches(X, Y, batch_size, rng):
    ix = minibatch_indices(len(X), batch_size, rng)
    iy = minibatch_indices(len(Y), batch_size, rng)
    return [(X[a], Y[b]) for a, b in zip(ix, iy)]
