"""data.train_val_test_split: indexes X by the split but cuts Y in its original order, so labels no longer match rows."""


def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
    tr, va, te = split_indices(len(X), rng, fractions)
    a, b = len(tr), len(tr) + len(va)
    return (X[tr], Y[:a]), (X[va], Y[a:b]), (X[te], Y[b:])
