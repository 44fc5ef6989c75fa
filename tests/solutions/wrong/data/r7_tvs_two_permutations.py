"""data.train_val_test_split: calls split_indices once for X and once for Y, so X and Y are cut by two different permutations and rows lose their labels."""

def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
    X, Y = np.asarray(X), np.asarray(Y)
    xs = [X[i] for i in split_indices(len(X), rng, fractions)]
    ys = [Y[i] for i in split_indices(len(Y), rng, fractions)]
    return tuple(zip(xs, ys))
