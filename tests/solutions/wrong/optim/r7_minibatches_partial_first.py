"""optim.minibatches: puts the short batch first (slices counted back from the end of perm), so batch boundaries differ whenever B does not divide N."""

def minibatches(X, Y, batch_size, rng):
    X, Y = np.asarray(X), np.asarray(Y)
    perm = rng.permutation(len(X))
    ends = list(range(len(X), 0, -batch_size))[::-1]
    starts = [max(e - batch_size, 0) for e in ends]
    return [(X[perm[s:e]], Y[perm[s:e]]) for s, e in zip(starts, ends)]
