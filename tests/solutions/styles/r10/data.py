"""data with cut points: np.split at the cumulative sizes; one-hot rows picked from an identity."""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    perm = rng.permutation(n)
    first = int(round(fractions[0] * n))
    second = first + min(int(round(fractions[1] * n)), n - first)
    return tuple(np.split(perm, [first, second]))


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    parts = split_indices(len(X), rng, fractions)
    return tuple(map(lambda idx: (X[idx], Y[idx]), parts))


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels).astype(int).reshape(-1)
    width = int(labels.max()) + 1 if n_classes is None else int(n_classes)
    return np.eye(width)[labels]
