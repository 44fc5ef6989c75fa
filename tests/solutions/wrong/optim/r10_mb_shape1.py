"""optim.minibatches: n taken from X.shape[-1] (the features) instead of the number of rows"""


def minibatches(X, Y, batch_size, rng):
    n = X.shape[-1]
    return [(X[i], Y[i]) for i in minibatch_indices(n, batch_size, rng)]
