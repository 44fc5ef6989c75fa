"""The seeded split and one-hot labels, as an R user writes them (sample() becomes rng.permutation)."""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    """Disjoint, covering index arrays (train, val, test) for n examples; fractions sum to 1."""
    idx = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    return idx[:n_train], idx[n_train:n_train + n_val], idx[n_train + n_val:]


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    """((X_train, Y_train), (X_val, Y_val), (X_test, Y_test)) by split_indices."""
    X, Y = np.asarray(X), np.asarray(Y)
    return tuple((X[i], Y[i]) for i in split_indices(len(X), rng, fractions))


def one_hot(labels, n_classes=None):
    """Indicator matrix (N, K), like model.matrix(~ factor(y) - 1): column k is (labels == k)."""
    labels = np.asarray(labels).astype(int).ravel()
    K = int(n_classes) if n_classes is not None else int(labels.max()) + 1
    return np.equal.outer(labels, np.arange(K)).astype(float)
