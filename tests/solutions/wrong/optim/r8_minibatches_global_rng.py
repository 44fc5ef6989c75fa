"""optim.minibatches: shuffles with np.random.permutation (the global generator), ignoring rng; the batches are not the reference's."""


def minibatches(X, Y, batch_size, rng):
    perm = np.random.permutation(len(X))
    return [(X[perm[i:i + batch_size]], Y[perm[i:i + batch_size]]) for i in range(0, len(X), batch_size)]
