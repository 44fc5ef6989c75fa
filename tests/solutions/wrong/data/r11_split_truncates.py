"""data.split_indices: int(f * n) truncation instead of round(f * n)"""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a = int(fractions[0] * n)
    b = a + int(fractions[1] * n)
    return perm[:a], perm[a:b], perm[b:]
