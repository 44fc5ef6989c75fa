"""data.split_indices: rng.choice(n, n, replace=False) draws a different order than rng.permutation(n)"""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.choice(n, size=n, replace=False)
    a = round(fractions[0] * n)
    b = a + min(round(fractions[1] * n), n - a)
    return perm[:a], perm[a:b], perm[b:]
