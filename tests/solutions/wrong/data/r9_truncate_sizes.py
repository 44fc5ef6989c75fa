"""data.split_indices: int(f * n) truncates where the contract rounds: train and validation too small by one for many n, the test set too big."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a = int(fractions[0] * n)
    b = a + int(fractions[1] * n)
    return perm[:a], perm[a:b], perm[b:]
