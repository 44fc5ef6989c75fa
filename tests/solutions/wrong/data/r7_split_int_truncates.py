"""data.split_indices: int(f * n) truncates instead of Python's round: n = 3 gives a 1/1/1 split instead of 2/1/0."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a = int(fractions[0] * n)
    b = a + int(fractions[1] * n)
    return perm[:a], perm[a:b], perm[b:]
