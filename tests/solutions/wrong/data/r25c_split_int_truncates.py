"""data.split_indices: int(f * n) truncates where round() is documented (n = 9: 5 and 1 instead of 5 and 2)."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    n_train = int(fractions[0] * n)
    n_val = int(fractions[1] * n)
    return perm[:n_train], perm[n_train:n_train + n_val], perm[n_train + n_val:]
