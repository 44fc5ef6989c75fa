"""optim.minibatches: shuffles X and Y with two different permutations, so rows no longer match."""

def minibatches(X, Y, batch_size, rng):
    px, py = rng.permutation(len(X)), rng.permutation(len(Y))
    return [(X[px[i:i + batch_size]], Y[py[i:i + batch_size]]) for i in range(0, len(X), batch_size)]
