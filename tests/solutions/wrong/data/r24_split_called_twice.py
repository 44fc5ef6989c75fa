"""data.train_val_test_split: runs split_indices once for X and again for Y (one "op" per tensor), so the two draws differ and rows of X no longer match their labels."""


def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
    x_parts = split_indices(len(X), rng, fractions)
    y_parts = split_indices(len(Y), rng, fractions)
    return tuple((X[ix], Y[iy]) for ix, iy in zip(x_parts, y_parts))
