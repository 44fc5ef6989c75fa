"""r11 style: data with np.split at cumulative cut points and a broadcast one-hot."""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    perm = rng.permutation(n)
    n_train = round(float(fractions[0]) * n)
    n_val = round(float(fractions[1]) * n)
    first = min(n_train, n)
    train, val, test = np.split(perm, [first, min(first + n_val, n)])
    return train, val, test


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    X = np.asarray(X)
    Y = np.asarray(Y)
    return tuple((X[idx], Y[idx]) for idx in split_indices(len(X), rng, fractions))


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels).reshape(-1).astype(int)
    if n_classes is None:
        n_classes = int(labels.max()) + 1 if labels.size else 0
    return (labels[:, None] == np.arange(n_classes)[None, :]).astype(np.float64)
