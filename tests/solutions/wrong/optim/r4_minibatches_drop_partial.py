"""optim.minibatches: range(0, N - B + 1, B) drops the last, shorter batch when B does not divide N (right when it does)."""

def minibatches(X, Y, batch_size, rng):
    perm = rng.permutation(len(X))
    return [(X[perm[s:s + batch_size]], Y[perm[s:s + batch_size]]) for s in range(0, len(X) - batch_size + 1, batch_size)]
