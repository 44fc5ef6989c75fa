"""data with np.split at cumulative cut points and a comparison-built one-hot matrix."""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    order = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    train, val, test = np.split(order, [n_train, n_train + n_val])
    return train, val, test


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    X = np.asarray(X)
    Y = np.asarray(Y)
    pieces = split_indices(X.shape[0], rng, fractions)
    return tuple((np.take(X, idx, axis=0), np.take(Y, idx, axis=0)) for idx in pieces)


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels).astype(np.int64).ravel()
    k = int(labels.max()) + 1 if n_classes is None else int(n_classes)
    return np.equal.outer(labels, np.arange(k)).astype(np.float64)
