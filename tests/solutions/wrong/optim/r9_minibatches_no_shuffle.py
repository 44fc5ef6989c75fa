"""optim.minibatches: consecutive slices of X and Y in their given order: never shuffles."""

def minibatches(X, Y, batch_size, rng):
    return [(X[i:i + batch_size], Y[i:i + batch_size]) for i in range(0, len(X), batch_size)]
