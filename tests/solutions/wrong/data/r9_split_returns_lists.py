"""data.train_val_test_split: returns the pieces as lists [X_part, Y_part] inside a list, not the tuples of the contract."""

def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
    X, Y = np.asarray(X), np.asarray(Y)
    return [[X[i], Y[i]] for i in split_indices(len(X), rng, fractions)]
