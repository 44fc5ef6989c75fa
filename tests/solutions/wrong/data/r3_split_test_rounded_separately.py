"""data.split_indices: the test size is rounded on its own (round(f_test * n)) instead of taking the rest, so when the three
roundings do not add up to n an index is dropped or the pieces overlap (n = 7: 4 + 1 + 1 = 6, one example lost)."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    n_train, n_val, n_test = (round(f * n) for f in fractions)
    return perm[:n_train], perm[n_train:n_train + n_val], perm[n - n_test:]
