"""optim.minibatches: X and Y each get their own call of minibatch_indices, so rows of X are paired with other rows' labels."""


def minibatches(X, Y, batch_size, rng):
    xs = [X[i] for i in minibatch_indices(len(X), batch_size, rng)]
    ys = [Y[i] for i in minibatch_indices(len(Y), batch_size, rng)]
    return list(zip(xs, ys))
