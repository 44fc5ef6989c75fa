"""Seeded split through np.split at cumulative cut points; one-hot by identity rows (stable style)."""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    perm = rng.permutation(n)
    n_train = round(fractions[0] * n)
    cuts = [n_train, n_train + round(fractions[1] * n)]
    train, val, test = np.split(perm, cuts)
    return train, val, test


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    train, val, test = split_indices(len(X), rng, fractions)
    X, Y = np.asarray(X), np.asarray(Y)
    return (X[train], Y[train]), (X[val], Y[val]), (X[test], Y[test])


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels).astype(np.intp).reshape(-1)
    K = n_classes if n_classes is not None else int(labels.max(initial=-1)) + 1
    return np.eye(K, dtype=np.float64)[labels]
