"""optim.minibatches: shuffles X and Y with two separate permutations: the pairs (X_b, Y_b) no longer match."""

def minibatches(X, Y, batch_size, rng):
    n = len(X)
    ix = rng.permutation(n)
    iy = rng.permutation(n)
    return [(X[ix[i:i + batch_size]], Y[iy[i:i + batch_size]]) for i in range(0, n, batch_size)]
