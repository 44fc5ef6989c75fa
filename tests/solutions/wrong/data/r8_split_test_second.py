"""data.split_indices: cuts the test set right after training and validation last (train, test, val order in the permutation)."""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a = round(fractions[0] * n)
    c = round(fractions[2] * n)
    return perm[:a], perm[a + c:], perm[a:a + c]
