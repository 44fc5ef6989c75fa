"""optim.minibatches: shuffles the inputs X but slices the targets Y in their original order, so pairs no longer match."""


def minibatches(X, Y, batch_size, rng):
    X = np.asarray(X)
    Y = np.asarray(Y)
    perm = rng.permutation(len(X))
    return [(X[perm[s:s + batch_size]], Y[s:s + batch_size]) for s in range(0, len(X), batch_size)]
