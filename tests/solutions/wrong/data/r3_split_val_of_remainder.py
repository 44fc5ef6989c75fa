"""data.split_indices: the validation size is round(f_val * (n - n_train)), a fraction of what is left instead of n."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * (n - n_train))
    return perm[:n_train], perm[n_train:n_train + n_val], perm[n_train + n_val:]
