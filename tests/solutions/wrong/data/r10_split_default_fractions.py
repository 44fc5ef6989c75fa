"""data.split_indices: ignores the fractions argument and always splits 60/20/20"""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a, b = round(0.6 * n), round(0.2 * n)
    b = a + min(b, n - a)
    return perm[:a], perm[a:b], perm[b:]
