"""optim.minibatches: one shuffled loader for X and another for Y: two permutations are drawn, so X_b and Y_b come from different rows."""

def minibatches(X, Y, batch_size, rng):
    n = len(X)
    px, py = rng.permutation(n), rng.permutation(n)
    return [(X[px[i:i + batch_size]], Y[py[i:i + batch_size]]) for i in range(0, n, batch_size)]
