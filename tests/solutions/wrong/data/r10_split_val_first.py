"""data.split_indices: the permutation cut as validation first, then train, then test"""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    n_train, n_val = round(fractions[0] * n), round(fractions[1] * n)
    n_val = min(n_val, n - n_train)
    return perm[n_val:n_val + n_train], perm[:n_val], perm[n_val + n_train:]
