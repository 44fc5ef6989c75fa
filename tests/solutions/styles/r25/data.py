"""The seeded split and one-hot labels, typed-Python style: an Enum of the parts, guard clauses, asserts."""

from enum import IntEnum

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


class Part(IntEnum):
    TRAIN = 0
    VAL = 1
    TEST = 2


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    assert len(fractions) == 3, "fractions are (train, val, test)"
    assert abs(sum(fractions) - 1.0) < 1e-9, "fractions must sum to 1"
    order = rng.permutation(n)
    n_train = round(fractions[Part.TRAIN] * n)
    n_val = round(fractions[Part.VAL] * n)
    return order[:n_train], order[n_train:n_train + n_val], order[n_train + n_val:]


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    X = np.asarray(X)
    Y = np.asarray(Y)
    assert len(X) == len(Y), "X and Y need one row per example"
    parts = split_indices(len(X), rng, fractions)
    return tuple((X[idx], Y[idx]) for idx in parts)


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=np.int64).ravel()
    if n_classes is None:
        n_classes = int(labels.max()) + 1 if labels.size else 0
    assert labels.size == 0 or (labels.min() >= 0 and labels.max() < n_classes), "labels must lie in [0, K)"
    encoded = np.zeros((labels.size, n_classes))
    encoded[np.arange(labels.size), labels] = 1.0
    return encoded
