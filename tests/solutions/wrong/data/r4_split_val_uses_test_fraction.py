"""data.split_indices: the validation size is taken from fractions[2] (the test fraction): identical under the default 60/20/20, wrong for any other split."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[2] * n)
    return perm[:n_train], perm[n_train:n_train + n_val], perm[n_train + n_val:]
