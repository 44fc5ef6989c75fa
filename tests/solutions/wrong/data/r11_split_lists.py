"""data.split_indices: returns Python lists of indices, not index arrays"""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n).tolist()
    a = round(fractions[0] * n)
    b = a + round(fractions[1] * n)
    return perm[:a], perm[a:b], perm[b:]
