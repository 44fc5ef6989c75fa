"""optim.minibatches: 'cleaned up' to index X and Y each with its own minibatch_indices call: two shuffles, rows no longer paired."""

def minibatches(X, Y, batch_size, rng):
    xs = [X[idx] for idx in minibatch_indices(len(X), batch_size, rng)]
    ys = [Y[idx] for idx in minibatch_indices(len(Y), batch_size, rng)]
    return list(zip(xs, ys))
