"""data.train_val_test_split: fractions not passed on to split_indices, always 60/20/20"""


def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
    train, val, test = split_indices(len(X), rng)
    return (X[train], Y[train]), (X[val], Y[val]), (X[test], Y[test])
