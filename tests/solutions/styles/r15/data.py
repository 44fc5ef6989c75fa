"""The seeded three-way split, statistics-course style: sizes first, then cut points.

Sizes follow Python's round (half to even) on each fraction separately; the
test set takes the remainder. one_hot is an indexing trick on an identity.
"""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    order = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    cuts = [n_train, n_train + n_val]
    train, val, test = np.split(order, cuts)
    return train, val, test


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    X, Y = np.asarray(X), np.asarray(Y)
    return tuple((X[part], Y[part]) for part in split_indices(len(X), rng, fractions))


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels).astype(np.intp).ravel()
    k = int(n_classes) if n_classes is not None else (int(labels.max()) + 1 if labels.size else 0)
    return np.eye(k)[labels]
