"""data.split_indices: rounds the test size and gives validation the rest (the remainder lands in the wrong part)"""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_test = min(round(fractions[2] * n), n - n_train)
    cut = n - n_test
    return perm[:n_train], perm[n_train:cut], perm[cut:]
