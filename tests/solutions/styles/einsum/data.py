"""Seeded split and one-hot labels; one_hot via an einsum against the identity (einsum style)."""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    perm = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    return perm[:n_train], perm[n_train:n_train + n_val], perm[n_train + n_val:]


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    X, Y = np.asarray(X), np.asarray(Y)
    parts = split_indices(len(X), rng, fractions)
    return tuple((X[idx], Y[idx]) for idx in parts)


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=np.int64).ravel()
    K = int(labels.max()) + 1 if n_classes is None else int(n_classes)
    eye = np.eye(K, dtype=np.float64)
    selector = np.zeros((labels.size, K), dtype=np.float64)
    selector[np.arange(labels.size), labels] = 1.0
    return np.einsum("nk,kj->nj", selector, eye)
