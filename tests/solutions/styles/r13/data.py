"""data with np.split, np.take and a broadcast comparison for one-hot (style r13)."""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    order = rng.permutation(n)
    n_train = int(round(float(fractions[0]) * n))
    n_val = int(round(float(fractions[1]) * n))
    train, val, test = np.split(order, [n_train, n_train + n_val])
    return train, val, test


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    parts = split_indices(len(X), rng, fractions)
    return tuple((np.take(X, p, axis=0), np.take(Y, p, axis=0)) for p in parts)


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels).astype(np.int64)
    width = int(labels.max()) + 1 if n_classes is None else int(n_classes)
    return (labels[:, None] == np.arange(width)[None, :]).astype(np.float64)
