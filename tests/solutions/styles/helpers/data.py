"""Seeded split via a sizes helper and a generic take helper (helpers style)."""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def _piece_sizes(n, fractions):
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    return n_train, n_val, n - n_train - n_val


def _cut(perm, sizes):
    bounds = np.cumsum((0,) + tuple(sizes))
    return tuple(perm[bounds[i]:bounds[i + 1]] for i in range(len(sizes)))


def _take(arrays, idx):
    return tuple(np.asarray(a)[idx] for a in arrays)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    return _cut(rng.permutation(n), _piece_sizes(n, fractions))


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    return tuple(_take((X, Y), idx) for idx in split_indices(len(X), rng, fractions))


def _n_classes(labels, n_classes):
    return int(n_classes) if n_classes is not None else int(np.max(labels)) + 1


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels).astype(np.int64).reshape(-1)
    K = _n_classes(labels, n_classes)
    return (labels[:, None] == np.arange(K)[None, :]).astype(np.float64)
