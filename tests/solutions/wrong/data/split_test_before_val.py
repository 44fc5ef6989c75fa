"""data.split_indices: cuts train, then test, then validation (the last two pieces in the wrong order)."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    n_test = n - n_train - n_val
    return perm[:n_train], perm[n_train + n_test:], perm[n_train:n_train + n_test]
