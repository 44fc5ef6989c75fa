"""optim.minibatches: written as a generator (DataLoader is an iterable: for xb, yb in loader), so it returns a generator object, not the documented list [(X_b, Y_b), ...]."""

def minibatches(X, Y, batch_size, rng):
    for idx in minibatch_indices(len(X), batch_size, rng):
        yield X[idx], Y[idx]
