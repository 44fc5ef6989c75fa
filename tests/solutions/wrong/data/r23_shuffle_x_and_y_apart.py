"""data.train_val_test_split: calls split_indices once for X and again for Y (two permutations from the rng), so labels no longer match their rows."""


def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
    X = np.asarray(X)
    Y = np.asarray(Y)
    x_parts = split_indices(len(X), rng, fractions)
    y_parts = split_indices(len(Y), rng, fractions)
    return tuple((X[ix], Y[iy]) for ix, iy in zip(x_parts, y_parts))
