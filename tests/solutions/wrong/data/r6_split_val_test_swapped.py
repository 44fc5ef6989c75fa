"""data.split_indices: returns (train, test, val): the last two pieces swapped."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a = round(fractions[0] * n)
    b = a + round(fractions[1] * n)
    return perm[:a], perm[b:], perm[a:b]
