"""data.split_indices: rounds half up (int(f * n + 0.5)) instead of Python's round, half to even"""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a = int(fractions[0] * n + 0.5)
    b = a + int(fractions[1] * n + 0.5)
    return perm[:a], perm[a:b], perm[b:]
