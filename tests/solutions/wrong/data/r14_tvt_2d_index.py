"""data.train_val_test_split: indexes rows as X[idx, :] and Y[idx, :], which fails for 1-D label vectors Y (N,)"""


def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
    tr, va, te = split_indices(X.shape[0], rng, fractions)
    return (X[tr, :], Y[tr, :]), (X[va, :], Y[va, :]), (X[te, :], Y[te, :])
