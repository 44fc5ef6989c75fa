"""data.train_val_test_split: calls split_indices once for X and once for Y: two permutations, so labels no longer match their examples."""

def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
    ix = split_indices(len(X), rng, fractions)
    iy = split_indices(len(Y), rng, fractions)
    return tuple((X[a], Y[b]) for a, b in zip(ix, iy))
