"""data.split_indices: int(f * n) (truncation) instead of Python's round: sizes differ when f * n has a fraction >= 0.5."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a = int(fractions[0] * n)
    b = a + int(fractions[1] * n)
    return perm[:a], perm[a:b], perm[b:]
