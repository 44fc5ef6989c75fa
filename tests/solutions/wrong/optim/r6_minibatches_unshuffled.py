"""optim.minibatches: slices rows in order (np.arange), never shuffling with rng."""

def minibatches(X, Y, batch_size, rng):
    n = len(X)
    idx = np.arange(n)
    return [(X[idx[i:i + batch_size]], Y[idx[i:i + batch_size]]) for i in range(0, n, batch_size)]
