"""Split and one-hot in a JAX-ish functional style: pure helpers, cut points from a
cumulative sum, the permutation drawn by shuffling an arange in place (Generator.permutation
does exactly that)."""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def _cut_points(n, fractions):
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    return n_train, n_train + n_val


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    order = np.arange(n)
    rng.shuffle(order)
    a, b = _cut_points(n, fractions)
    train, val, test = np.split(order, [a, b])
    return train, val, test


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    X = np.asarray(X)
    Y = np.asarray(Y)
    parts = split_indices(len(X), rng, fractions)
    return tuple((np.take(X, idx, axis=0), np.take(Y, idx, axis=0)) for idx in parts)


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=np.int64).ravel()
    k = int(n_classes) if n_classes is not None else (int(labels.max()) + 1 if labels.size else 0)
    out = np.zeros((labels.size, k), dtype=np.float64)
    out[np.arange(labels.size), labels] = 1.0
    return out
