"""data.train_val_test_split: rng.permuted(X, axis=0) shuffles each column of X on its own (and Y by other draws): rows and pairs broken."""


def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
    n = len(X)
    n_train, n_val = round(fractions[0] * n), round(fractions[1] * n)
    Xs, Ys = rng.permuted(X, axis=0), rng.permuted(Y, axis=0)
    cut = (n_train, n_train + n_val)
    return tuple(zip(np.split(Xs, cut), np.split(Ys, cut)))
