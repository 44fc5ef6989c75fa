"""data.split_indices: shuffles with the global np.random instead of the given Generator."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = np.random.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    return perm[:n_train], perm[n_train:n_train + n_val], perm[n_train + n_val:]
