"""data with integer bookkeeping: cut points accumulated in a list, one-hot by fancy indexing on a zeros matrix."""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    perm = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    cuts = [0, n_train, n_train + n_val, n]
    return tuple(perm[cuts[i]:cuts[i + 1]] for i in range(3))


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    X = np.asarray(X)
    Y = np.asarray(Y)
    return tuple((X[idx], Y[idx]) for idx in split_indices(len(X), rng, fractions))


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels).astype(np.int64).ravel()
    k = int(labels.max()) + 1 if n_classes is None else int(n_classes)
    out = np.zeros((labels.size, k))
    out[np.arange(labels.size), labels] = 1.0
    return out
