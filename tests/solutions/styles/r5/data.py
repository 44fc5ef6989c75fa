"""Correct solution, style r5: np.split at the rounded cut points, one-hot by comparing with arange."""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    perm = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    train, val, test = np.split(perm, [n_train, n_train + n_val])
    return train, val, test


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    return tuple((X[idx], Y[idx]) for idx in split_indices(len(X), rng, fractions))


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=np.int64).reshape(-1)
    k = int(labels.max()) + 1 if n_classes is None else int(n_classes)
    return (labels[:, None] == np.arange(k)[None, :]).astype(np.float64)
