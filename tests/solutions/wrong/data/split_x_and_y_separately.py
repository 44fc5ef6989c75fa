"""data.train_val_test_split: draws one split for X and another for Y, so the rows of X and Y no longer match."""

def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
    X, Y = np.asarray(X), np.asarray(Y)
    xs = split_indices(len(X), rng, fractions)
    ys = split_indices(len(Y), rng, fractions)
    return tuple((X[i], Y[j]) for i, j in zip(xs, ys))
